-- ADR 0090: every audit line is chained to the previous one by a SHA-256 hash.
-- Lines written before this migration have no chain position and are reported as unchained.
ALTER TABLE audit_log ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_log ADD COLUMN chain_hash TEXT;
CREATE UNIQUE INDEX audit_by_chain_seq ON audit_log (chain_seq);

CREATE TABLE audit_chain_head (
    id    INTEGER PRIMARY KEY,
    seq   BIGINT NOT NULL,
    hash  TEXT NOT NULL
);
INSERT INTO audit_chain_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
