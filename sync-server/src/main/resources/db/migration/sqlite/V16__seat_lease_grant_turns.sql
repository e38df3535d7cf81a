-- One row per location and day on which seat leases were granted (ADR 0151). A grant first updates its
-- row, so grants on one location and day take turns on every instance, and the policy's caps (leases per
-- desk, share of the day) are counted inside the grant's own transaction. grants counts the turns taken.
CREATE TABLE seat_lease_grant_turns (
    location_id TEXT NOT NULL,
    day TEXT NOT NULL,
    grants BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (location_id, day)
);
