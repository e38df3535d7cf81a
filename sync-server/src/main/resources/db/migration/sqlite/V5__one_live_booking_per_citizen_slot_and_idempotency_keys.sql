-- ADR 0027: a citizen holds at most one live booking per slot (location + start), enforced by the
-- database so it holds across server instances. Live: not served, no-show or cancelled. Walk-ins
-- (origin WALK_IN, PAPER) are not bookings and are left out; so are citizens without a register number.
-- Double bookings stored before this migration are kept as they were and marked, so the index can be
-- built; a marked row stays outside the index (it is still counted by the server's check).
ALTER TABLE appointments ADD COLUMN legacy_double_booking INTEGER NOT NULL DEFAULT 0;
UPDATE appointments SET legacy_double_booking = 1
 WHERE register_number IS NOT NULL
   AND status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'IN_SERVICE')
   AND origin NOT IN ('WALK_IN', 'PAPER')
   AND EXISTS (SELECT 1 FROM appointments o
                WHERE o.register_number = appointments.register_number
                  AND o.location_id = appointments.location_id
                  AND o.start_time = appointments.start_time
                  AND o.status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'IN_SERVICE')
                  AND o.origin NOT IN ('WALK_IN', 'PAPER')
                  AND o.id < appointments.id);
CREATE UNIQUE INDEX appointments_one_live_booking_per_citizen_slot
    ON appointments (register_number, location_id, start_time)
 WHERE register_number IS NOT NULL
   AND status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'IN_SERVICE')
   AND origin NOT IN ('WALK_IN', 'PAPER')
   AND legacy_double_booking = 0;

-- ADR 0026: Idempotency-Key of web writes, per staff member. Only hashes are kept: the key's, and the
-- request fingerprint (key, method, path and body); never the body itself. Written in the same
-- transaction as the write it answers, so it holds across instances and restarts.
CREATE TABLE idempotency_keys (
    staff_username TEXT NOT NULL,
    key_hash       TEXT NOT NULL,
    request_hash   TEXT NOT NULL,
    appointment_id TEXT NOT NULL,
    created_at     BIGINT NOT NULL,
    PRIMARY KEY (staff_username, key_hash)
);
CREATE INDEX idempotency_keys_by_created_at ON idempotency_keys (created_at);
