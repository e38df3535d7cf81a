-- How a supervisor accounted for a refused command's citizen (ADR 0152). One row per refused command at most:
-- the first settlement stands. outcome is a fixed choice (ENTERED_AGAIN, CITIZEN_CONTACTED, NOTHING_LOST), so no
-- personal data is stored here; settled_by comes from the supervisor's session.
CREATE TABLE refusal_settlements (
    command_id TEXT PRIMARY KEY,
    outcome TEXT NOT NULL,
    settled_by TEXT NOT NULL,
    settled_at BIGINT NOT NULL
);
