-- ADR 0094: the server's signed audit chain heads received at sync, kept as anchors outside the
-- server's database, and the server's audit key pinned at first sight (cleared by enrolling again).
CREATE TABLE audit_heads (
    seq          INTEGER NOT NULL,
    hash         TEXT NOT NULL,
    signed_at_ms INTEGER NOT NULL,
    key_id       TEXT NOT NULL,
    public_key   TEXT NOT NULL,
    signature    TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    PRIMARY KEY (key_id, signed_at_ms, seq)
);
CREATE TABLE audit_key_pin (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    key_id     TEXT NOT NULL,
    public_key TEXT NOT NULL,
    pinned_at  TEXT NOT NULL
);
