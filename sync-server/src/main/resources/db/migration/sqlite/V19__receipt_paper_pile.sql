-- The pile a re-keyed blank walk-in form was taken from (ADR 0159): the first and last number of the run of serials
-- its day's pack printed for its product, as the desk names it. Null for forms keyed by a desk that does not say.
ALTER TABLE command_receipts ADD COLUMN paper_pile_first BIGINT;
ALTER TABLE command_receipts ADD COLUMN paper_pile_last BIGINT;
