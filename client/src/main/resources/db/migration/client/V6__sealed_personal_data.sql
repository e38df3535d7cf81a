-- Citizens' personal data is sealed with the desk's data key (AES-256-GCM through Google Tink,
-- ADR 0045) before it is written: the appointment table keeps only the sealed block. Rows written
-- in clear by an earlier build wait in appointment_unsealed until the first staff login after the
-- upgrade releases the key; the desk then seals them and drops that table (secure_delete zeroes its
-- pages). Outbox payloads are sealed in place the same way (they are marked "sealed:v1:").
ALTER TABLE appointment RENAME TO appointment_unsealed;
DROP INDEX appointment_by_location_and_start;
CREATE TABLE appointment (
    id           TEXT PRIMARY KEY,
    code         TEXT NOT NULL,
    location_id  TEXT NOT NULL,
    product_code TEXT NOT NULL,
    start_at     TEXT NOT NULL,
    end_at       TEXT NOT NULL,
    status       TEXT NOT NULL,
    origin       TEXT NOT NULL,
    provisional  INTEGER NOT NULL,
    version      INTEGER NOT NULL,
    -- register number, names, e-mail and phone, sealed with the row's id as associated data
    citizen      BLOB NOT NULL
);
CREATE INDEX appointment_by_location_and_start ON appointment (location_id, start_at);

-- Which data key sealed this desk's personal data (Tink's key id; the key itself is only ever
-- stored wrapped per staff member, in staff_wrapped_secret under purpose 'desk-data-key').
CREATE TABLE data_key (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    key_id     INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

-- The password of the paper pack's PDFs that list citizens (ADR 0046), sealed with the data key.
CREATE TABLE pack_password (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    sealed BLOB NOT NULL
);
