-- The desk a login came from (ADR 0142): revoking the desk ends the logins made at it.
ALTER TABLE sessions ADD COLUMN device_id TEXT;
CREATE INDEX sessions_by_device ON sessions (device_id);
