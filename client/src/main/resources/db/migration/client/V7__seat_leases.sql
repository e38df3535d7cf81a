-- Seats the server holds for this desk (issue 14, ADR 0030/0031). Replaced at each sync; a lease the
-- desk booked on keeps its row (used_by) until its day has passed, so a later sync cannot hand it
-- out a second time before the server has seen the booking.
CREATE TABLE seat_lease (
    id          TEXT PRIMARY KEY,
    location_id TEXT NOT NULL,
    start_at    TEXT NOT NULL,
    end_at      TEXT NOT NULL,
    use_before  INTEGER NOT NULL,
    used_by     TEXT
);
CREATE INDEX seat_lease_by_start ON seat_lease (location_id, start_at);
