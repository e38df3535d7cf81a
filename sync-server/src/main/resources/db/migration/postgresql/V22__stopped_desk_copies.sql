-- A copy of a desk stopped because another copy of the same desk synced after it (ADR 0043, 0162): when it was
-- first refused, and how a supervisor accounted for what it did afterwards, which reaches the server only once
-- the stopped copy is enrolled again as a desk of its own.
ALTER TABLE desk_instances ADD COLUMN stopped_at BIGINT;
ALTER TABLE desk_instances ADD COLUMN outcome TEXT;
ALTER TABLE desk_instances ADD COLUMN settled_by TEXT;
ALTER TABLE desk_instances ADD COLUMN settled_at BIGINT;
