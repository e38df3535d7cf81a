-- Appointments. Personal data columns are kept together at the end of the row.
CREATE TABLE appointments (
    id                  TEXT PRIMARY KEY,
    code                TEXT NOT NULL,
    location_id         TEXT NOT NULL,
    product_code        TEXT NOT NULL,
    start_time          TEXT NOT NULL,
    end_time            TEXT NOT NULL,
    status              TEXT NOT NULL,
    origin              TEXT NOT NULL,
    provisional         INTEGER NOT NULL,
    holds_seat          INTEGER NOT NULL,
    version             BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL,
    email_changed_seq   BIGINT NOT NULL DEFAULT 0,
    email_changed_by    TEXT,
    phone_changed_seq   BIGINT NOT NULL DEFAULT 0,
    phone_changed_by    TEXT,
    register_number     TEXT,
    given_name          TEXT NOT NULL,
    family_name         TEXT NOT NULL,
    email               TEXT,
    phone               TEXT
);
CREATE INDEX appointments_by_location_start ON appointments (location_id, start_time);
CREATE INDEX appointments_by_register_number ON appointments (register_number);

-- Capacity enforced by the database: one row per location and 10-minute grid cell.
CREATE TABLE seat_cells (
    location_id TEXT NOT NULL,
    cell_start  TEXT NOT NULL,
    capacity    INTEGER NOT NULL,
    used        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (location_id, cell_start),
    CHECK (used >= 0 AND used <= capacity)
);

CREATE TABLE devices (
    id            TEXT PRIMARY KEY,
    secret_hash   TEXT NOT NULL,
    location_id   TEXT NOT NULL,
    desk_name     TEXT NOT NULL,
    device_name   TEXT NOT NULL,
    enrolled_at   BIGINT NOT NULL,
    revoked       INTEGER NOT NULL DEFAULT 0,
    last_sequence BIGINT NOT NULL DEFAULT 0,
    last_pull_cursor BIGINT NOT NULL DEFAULT 0,
    last_seen_at  BIGINT
);

CREATE TABLE command_receipts (
    device_id   TEXT NOT NULL REFERENCES devices (id),
    sequence    BIGINT NOT NULL,
    command_id  TEXT NOT NULL UNIQUE,
    outcome     TEXT NOT NULL,
    reason      TEXT,
    conflict_id TEXT,
    change_seq  BIGINT NOT NULL,
    applied_at  BIGINT NOT NULL,
    PRIMARY KEY (device_id, sequence)
);

-- One row: the change-log sequence. Taking the next value locks the row until commit, so change
-- sequences are handed out in commit order (ADR 0021).
CREATE TABLE change_counter (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value BIGINT NOT NULL
);
INSERT INTO change_counter (id, value) VALUES (1, 0);

CREATE TABLE change_log (
    seq          BIGINT PRIMARY KEY,
    entity_type  TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    location_id  TEXT NOT NULL,
    data         TEXT NOT NULL,
    committed_at BIGINT NOT NULL
);
CREATE INDEX change_log_by_location ON change_log (location_id, seq);

CREATE TABLE conflicts (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL,
    location_id    TEXT NOT NULL,
    appointment_id TEXT,
    device_id      TEXT,
    command_id     TEXT,
    description    TEXT NOT NULL,
    server_version TEXT,
    desk_version   TEXT,
    status         TEXT NOT NULL,
    resolution     TEXT,
    resolved_by    TEXT,
    remark         TEXT,
    created_at     BIGINT NOT NULL,
    resolved_at    BIGINT
);
CREATE INDEX conflicts_by_location ON conflicts (location_id, status);

CREATE TABLE audit_log (
    id          TEXT PRIMARY KEY,
    at          BIGINT NOT NULL,
    actor       TEXT NOT NULL,
    device_id   TEXT,
    action      TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    location_id TEXT,
    detail      TEXT
);
CREATE INDEX audit_by_entity ON audit_log (entity_id);
CREATE INDEX audit_by_location_at ON audit_log (location_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TABLE staff_users (
    username      TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL,
    location_ids  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    BIGINT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    username   TEXT NOT NULL REFERENCES staff_users (username),
    expires_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE enrollment_codes (
    code_hash   TEXT PRIMARY KEY,
    location_id TEXT NOT NULL,
    desk_name   TEXT NOT NULL,
    expires_at  BIGINT NOT NULL,
    used_at     BIGINT,
    device_id   TEXT
);

CREATE TABLE login_throttle (
    username     TEXT PRIMARY KEY,
    failures     INTEGER NOT NULL,
    locked_until BIGINT NOT NULL
);
