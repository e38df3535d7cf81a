-- ADR 0094: heads of the audit chain signed with the server's Ed25519 key (kept outside the database).
-- This copy serves exports and the pull's latest head; the anchors that count are the copies kept
-- outside the database (desks, server log, export files).
CREATE TABLE audit_signed_head (
    seq        BIGINT NOT NULL,
    hash       TEXT NOT NULL,
    signed_at  BIGINT NOT NULL,
    key_id     TEXT NOT NULL,
    public_key TEXT NOT NULL,
    signature  TEXT NOT NULL,
    PRIMARY KEY (key_id, signed_at, seq)
);
CREATE INDEX audit_signed_head_by_time ON audit_signed_head (signed_at);
