-- The escrow key per desk (ADR 0045): the desk keeps its data key also wrapped under it, so that every
-- staff member who logs in online at the desk gets a copy of the data key. Kept by the server only and
-- handed out only to a staff member working at the desk's location, with the desk's own credentials.
CREATE TABLE desk_escrow_keys (
    device_id  TEXT PRIMARY KEY REFERENCES devices (id),
    secret     TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
