-- When a desk was revoked (ADR 0160): the day-end report of a day on which it could still work counts it like any
-- desk, so revoking it does not account for the work it never sent. Null for a desk revoked before this column.
ALTER TABLE devices ADD COLUMN revoked_at BIGINT;
