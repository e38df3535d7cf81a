-- ADR 0095: the last sequence a desk says it has handed out (sent or not), reported at every sync,
-- and when it said so. The day-end report compares it with last_sequence (what the server received):
-- higher means commands of the desk have not arrived. NULL until the desk first reports.
ALTER TABLE devices ADD COLUMN reported_sequence BIGINT;
ALTER TABLE devices ADD COLUMN reported_at BIGINT;
