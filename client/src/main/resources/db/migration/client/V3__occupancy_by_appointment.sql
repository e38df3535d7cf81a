-- Other locations' seats are kept per appointment so that pulled OCCUPANCY changes can replace or
-- remove them (ADR 0025). Rows from an earlier snapshot carry no appointment id: they get a
-- placeholder id, keep counting for offline booking, and go at the next snapshot.
CREATE TABLE occupancy_by_appointment (
    appointment_id TEXT PRIMARY KEY,
    location_id    TEXT NOT NULL,
    start_at       TEXT NOT NULL,
    end_at         TEXT NOT NULL
);
INSERT INTO occupancy_by_appointment (appointment_id, location_id, start_at, end_at)
SELECT 'pre-v3-' || rowid, location_id, start_at, end_at FROM occupancy;
DROP TABLE occupancy;
ALTER TABLE occupancy_by_appointment RENAME TO occupancy;
CREATE INDEX occupancy_by_location ON occupancy (location_id, start_at);
