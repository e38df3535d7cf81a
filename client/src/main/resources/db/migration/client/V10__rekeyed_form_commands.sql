-- ADR 0149: the outbox commands each re-keyed paper form produced. A form counts as entered only while none of
-- its commands is REJECTED; refused_reason keeps the server's refusal (the outbox's reason text) once staff
-- dismiss the rejected command, so the form stays "to enter again" after its outbox row is gone. Forms entered
-- before this migration have no rows here and stay entered.
CREATE TABLE rekeyed_form_command (
    command_id     TEXT PRIMARY KEY,
    form_key       TEXT NOT NULL,
    refused_reason TEXT
);
CREATE INDEX rekeyed_form_command_by_form ON rekeyed_form_command (form_key);

-- Whatever removes a rejected command from the outbox (dismissed in the Sync tab), its form keeps the refusal.
CREATE TRIGGER rekeyed_form_keeps_its_refusal AFTER DELETE ON outbox
WHEN OLD.status = 'REJECTED'
BEGIN
    UPDATE rekeyed_form_command SET refused_reason = COALESCE(OLD.reason, '') WHERE command_id = OLD.command_id;
END;
