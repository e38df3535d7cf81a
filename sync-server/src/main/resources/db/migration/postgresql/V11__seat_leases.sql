-- Seat leases (issue 14, ADR 0030/0031): seats in upcoming slots held by one desk so that a booking
-- it makes offline is final. A held lease takes one seat in each seat cell it covers (ADR 0020), in
-- the same cells that enforce capacity; using it turns those seats into the booking's.
CREATE TABLE seat_lease_policies (
    location_id          TEXT PRIMARY KEY,
    days_ahead           INTEGER NOT NULL,
    own_seats_per_desk   INTEGER NOT NULL,
    other_seats_per_desk INTEGER NOT NULL,
    max_share_percent    INTEGER NOT NULL,
    lease_minutes        INTEGER NOT NULL,
    return_minutes_before INTEGER NOT NULL,
    silence_hours        INTEGER NOT NULL,
    updated_at           BIGINT NOT NULL,
    updated_by           TEXT NOT NULL
);

CREATE TABLE seat_leases (
    id             TEXT PRIMARY KEY,
    device_id      TEXT NOT NULL REFERENCES devices (id),
    location_id    TEXT NOT NULL,
    start_time     TEXT NOT NULL,
    end_time       TEXT NOT NULL,
    status         TEXT NOT NULL,
    granted_at     BIGINT NOT NULL,
    use_before     BIGINT NOT NULL,
    release_after  BIGINT NOT NULL,
    appointment_id TEXT,
    closed_at      BIGINT,
    CHECK (status IN ('HELD', 'USED', 'RETURNED', 'EXPIRED'))
);
CREATE INDEX seat_leases_by_device ON seat_leases (device_id, status);
CREATE INDEX seat_leases_by_release ON seat_leases (status, release_after);
CREATE INDEX seat_leases_by_day ON seat_leases (location_id, start_time);
