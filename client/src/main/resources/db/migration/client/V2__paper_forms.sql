-- Paper fallback (issue 5): serial ranges this desk leased, and paper forms already re-keyed.
CREATE TABLE serial_lease (
    prefix       TEXT NOT NULL,
    first_number INTEGER NOT NULL,
    last_number  INTEGER NOT NULL,
    leased_at    TEXT NOT NULL,
    PRIMARY KEY (prefix, first_number)
);

-- One row per paper form entered; the primary key refuses a form entered twice.
-- form_key: "A:<appointment code>" or "W:<serial>".
CREATE TABLE rekeyed_form (
    form_key       TEXT PRIMARY KEY,
    appointment_id TEXT NOT NULL,
    entered_at     TEXT NOT NULL
);

-- The serials each day's pack printed on its blank walk-in forms: one contiguous block per day,
-- so a regenerated pack reprints the same serials and two days never share one.
CREATE TABLE pack_serial_block (
    day          TEXT PRIMARY KEY,
    prefix       TEXT NOT NULL,
    first_number INTEGER NOT NULL,
    last_number  INTEGER NOT NULL
);
