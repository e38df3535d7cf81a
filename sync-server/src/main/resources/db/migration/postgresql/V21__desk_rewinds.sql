-- A desk that came back from an earlier state (ADR 0162). The highest sequence each desk ever reported, which
-- desk process (instance) reported it and when, so a later start that reports less is seen.
ALTER TABLE devices ADD COLUMN max_reported_sequence BIGINT;
ALTER TABLE devices ADD COLUMN max_reported_instance TEXT;
ALTER TABLE devices ADD COLUMN max_reported_at BIGINT;
-- One row per loss seen: the desk had reported up to reported_before, the server had received up to received, and
-- a later start of the desk reported less (reported_after: what it still holds, which may arrive yet). Settled once
-- by a supervisor (outcome as for a refused command).
CREATE TABLE desk_rewinds (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    location_id TEXT NOT NULL,
    reported_before BIGINT NOT NULL,
    reported_at BIGINT NOT NULL,
    received BIGINT NOT NULL,
    reported_after BIGINT NOT NULL,
    detected_at BIGINT NOT NULL,
    outcome TEXT,
    settled_by TEXT,
    settled_at BIGINT,
    UNIQUE (device_id, reported_before)
);
CREATE INDEX desk_rewinds_by_location ON desk_rewinds (location_id, reported_at);
-- The command a desk named under the sequence it reported (its last handed out), while the server has not received
-- it yet: if another command arrives under that sequence, the desk came back from an earlier state and worked on
-- before it synced (ADR 0162). A row leaves once its sequence is received.
CREATE TABLE reported_commands (
    device_id TEXT NOT NULL,
    sequence BIGINT NOT NULL,
    command_id TEXT NOT NULL,
    reported_at BIGINT NOT NULL,
    received_then BIGINT NOT NULL,
    PRIMARY KEY (device_id, sequence)
);
