-- The key per staff member and desk with which a desk proves who made a command (ADR 0032). Kept
-- by the server only; a desk holds its copy wrapped under that person's password.
CREATE TABLE actor_keys (
    username   TEXT NOT NULL,
    device_id  TEXT NOT NULL REFERENCES devices (id),
    secret     TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (username, device_id)
);
