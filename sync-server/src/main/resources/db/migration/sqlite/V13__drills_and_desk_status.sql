-- ADR 0110: outage drills. A supervisor plans a drill for one desk, a location or all of their locations;
-- the desks in it are fixed when the drill is made. Each desk sends its own figures once it caught up.
CREATE TABLE drills (
    id           TEXT PRIMARY KEY,
    scope        TEXT NOT NULL,
    target       TEXT NOT NULL,
    starts_at    BIGINT NOT NULL,
    planned_end  BIGINT NOT NULL,
    created_by   TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    cancelled_at BIGINT,
    cancelled_by TEXT
);

CREATE TABLE drill_desks (
    drill_id        TEXT NOT NULL REFERENCES drills (id),
    device_id       TEXT NOT NULL REFERENCES devices (id),
    location_id     TEXT NOT NULL,
    began_at        BIGINT,
    ended_at        BIGINT,
    end_reason      TEXT,
    copy_age_ms     BIGINT,
    pack_age_ms     BIGINT,
    pack_printed    INTEGER,
    offline_actions INTEGER,
    reconnected_at  BIGINT,
    caught_up_at    BIGINT,
    reported_at     BIGINT,
    PRIMARY KEY (drill_id, device_id)
);
CREATE INDEX drill_desks_by_device ON drill_desks (device_id);

-- ADR 0111: what each desk last reported about itself (one row per desk, the latest report stands).
CREATE TABLE desk_status (
    device_id        TEXT PRIMARY KEY REFERENCES devices (id),
    reported_at      BIGINT NOT NULL,
    commands_waiting INTEGER NOT NULL,
    copy_synced_at   BIGINT,
    pack_made_at     BIGINT,
    pack_printed_at  BIGINT,
    app_version      TEXT NOT NULL,
    clock_skew_ms    BIGINT NOT NULL,
    drill_id         TEXT,
    online_since     BIGINT NOT NULL
);
