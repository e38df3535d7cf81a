-- The desk's local copy. Times are ISO-8601 text (LocalDateTime: Europe/Brussels wall clock; Instant: UTC).

-- Reference data (locations, schedules, closures, products) as one JSON document.
CREATE TABLE reference_data (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    version    TEXT NOT NULL,
    json       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Confirmed server state of the appointments of this desk's location.
CREATE TABLE appointment (
    id                  TEXT PRIMARY KEY,
    code                TEXT NOT NULL,
    location_id         TEXT NOT NULL,
    product_code        TEXT NOT NULL,
    start_at            TEXT NOT NULL,
    end_at              TEXT NOT NULL,
    status              TEXT NOT NULL,
    origin              TEXT NOT NULL,
    provisional         INTEGER NOT NULL,
    version             INTEGER NOT NULL,
    -- personal data: kept together so these columns can be encrypted as one block later
    citizen_nrn         TEXT,
    citizen_given_name  TEXT NOT NULL,
    citizen_family_name TEXT NOT NULL,
    citizen_email       TEXT,
    citizen_phone       TEXT
);
CREATE INDEX appointment_by_location_and_start ON appointment (location_id, start_at);

-- Commands made at this desk, in per-device sequence order (gap-free, starting at 1).
CREATE TABLE outbox (
    sequence     INTEGER PRIMARY KEY,
    command_id   TEXT NOT NULL UNIQUE,
    entity_id    TEXT,
    command_type TEXT NOT NULL,
    payload      TEXT NOT NULL,
    actor        TEXT NOT NULL,
    device_time  TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('PENDING', 'ACKED', 'REJECTED', 'CONFLICT')),
    reason       TEXT,
    conflict_id  TEXT
);
CREATE INDEX outbox_by_status ON outbox (status, sequence);
CREATE INDEX outbox_by_entity ON outbox (entity_id, sequence);

-- One row: identity of this desk and the state of its sync.
CREATE TABLE sync_state (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    server_url      TEXT,
    device_id       TEXT,
    device_secret   TEXT,
    location_id     TEXT,
    desk_name       TEXT,
    pull_cursor     INTEGER,
    next_sequence   INTEGER NOT NULL DEFAULT 1,
    last_sync_at    TEXT,
    snapshot_at     TEXT,
    clock_skew_ms   INTEGER,
    needs_snapshot  INTEGER NOT NULL DEFAULT 1
);
INSERT INTO sync_state (id) VALUES (1);

-- Walk-in ticket numbers this desk has handed out, per day.
CREATE TABLE walk_in_counter (
    day         TEXT PRIMARY KEY,
    last_number INTEGER NOT NULL
);

-- Bookings of every location without personal data, for booking offline with the slot engine.
CREATE TABLE occupancy (
    location_id TEXT NOT NULL,
    start_at    TEXT NOT NULL,
    end_at      TEXT NOT NULL
);
CREATE INDEX occupancy_by_location ON occupancy (location_id, start_at);

-- Offline login: a slow-KDF verifier per staff member who logged in online at this desk.
CREATE TABLE staff_verifier (
    username          TEXT PRIMARY KEY,
    salt              BLOB NOT NULL,
    hash              BLOB NOT NULL,
    iterations        INTEGER NOT NULL,
    staff_json        TEXT NOT NULL,
    last_online_login TEXT NOT NULL
);
