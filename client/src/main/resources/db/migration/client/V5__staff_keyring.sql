-- Offline-login verifiers of scheme 2 store a value derived from the slow KDF output instead of the
-- output itself; the same output also gives the key that wraps the person's secrets below.
ALTER TABLE staff_verifier ADD COLUMN scheme INTEGER NOT NULL DEFAULT 1;

-- Secrets of one staff member on this desk (e.g. the key that proves who made a command), each
-- encrypted (AES-GCM) with the wrapping key that only that person's password releases.
CREATE TABLE staff_wrapped_secret (
    username   TEXT NOT NULL,
    purpose    TEXT NOT NULL,
    nonce      BLOB NOT NULL,
    ciphertext BLOB NOT NULL,
    PRIMARY KEY (username, purpose)
);

-- The proof of who made each command (ADR 0032), sent with it at every push.
ALTER TABLE outbox ADD COLUMN actor_proof TEXT;
