-- ADR 0043: the desk processes that pushed for a device. A desk makes a random instance id at every
-- process start and sends it with each push (X-Desk-Instance). A new instance supersedes the ones
-- before it; a superseded instance that pushes again runs next to a newer one (a copied data folder
-- on a second computer) and is stopped.
CREATE TABLE desk_instances (
    device_id     TEXT NOT NULL REFERENCES devices (id),
    instance_id   TEXT NOT NULL,
    first_seen_at BIGINT NOT NULL,
    superseded_at BIGINT,
    PRIMARY KEY (device_id, instance_id)
);
