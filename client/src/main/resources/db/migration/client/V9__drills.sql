-- ADR 0110: the outage drills this desk learned of, with what it measured at the start and the end, and
-- ADR 0113: whether its figures reached the server. desk_facts: small facts of the desk (when the paper
-- pack was last printed, ADR 0111).
CREATE TABLE drills (
    id              TEXT PRIMARY KEY,
    starts_at       TEXT NOT NULL,
    planned_end     TEXT NOT NULL,
    state           TEXT NOT NULL,
    began_at        TEXT,
    ended_at        TEXT,
    end_reason      TEXT,
    copy_age_ms     INTEGER,
    pack_age_ms     INTEGER,
    pack_printed    INTEGER,
    sequence_at_start INTEGER,
    offline_actions INTEGER,
    reconnected_at  TEXT,
    caught_up_at    TEXT,
    result_sent     INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE desk_facts (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
