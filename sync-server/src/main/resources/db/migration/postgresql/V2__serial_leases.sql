-- Paper-form serial ranges leased to desks (issue 5). One counter row per prefix is advanced
-- atomically inside the leasing transaction; the unique constraint is a second guard.
CREATE TABLE serial_counters (
    prefix      TEXT PRIMARY KEY,
    next_number BIGINT NOT NULL
);

CREATE TABLE serial_leases (
    id           TEXT PRIMARY KEY,
    device_id    TEXT NOT NULL REFERENCES devices (id),
    location_id  TEXT NOT NULL,
    prefix       TEXT NOT NULL,
    first_number BIGINT NOT NULL,
    last_number  BIGINT NOT NULL,
    leased_at    BIGINT NOT NULL,
    UNIQUE (prefix, first_number),
    CHECK (last_number >= first_number)
);
CREATE INDEX serial_leases_by_device ON serial_leases (device_id);
