-- ADR 0093: what the day-end reconciliation needs from every stored command.
-- device_time: the desk's clock when the command was made (epoch millis); NULL for rows stored
-- before this migration, which are left out of the offline periods.
ALTER TABLE command_receipts ADD COLUMN device_time BIGINT;
-- Paper facts of a re-keyed command (NULL for the rest):
-- paper_serial: the walk-in form's serial as printed (PREFIX-NNNNNN), unique so one form is never
--               re-keyed into two walk-ins; paper_prefix/paper_number: the same serial split, to
--               match it against the leased ranges (NULL number when the serial is not in that form);
-- paper_day: the Brussels day written on the form; paper_appointment_id: the appointment it concerns.
ALTER TABLE command_receipts ADD COLUMN paper_serial TEXT;
ALTER TABLE command_receipts ADD COLUMN paper_prefix TEXT;
ALTER TABLE command_receipts ADD COLUMN paper_number BIGINT;
ALTER TABLE command_receipts ADD COLUMN paper_day TEXT;
ALTER TABLE command_receipts ADD COLUMN paper_appointment_id TEXT;

CREATE INDEX receipts_by_device_time ON command_receipts (device_id, device_time);
CREATE UNIQUE INDEX receipts_by_paper_serial ON command_receipts (paper_serial);
CREATE INDEX receipts_by_paper_number ON command_receipts (paper_prefix, paper_number);
CREATE INDEX receipts_by_paper_day ON command_receipts (paper_day);
CREATE INDEX serial_leases_by_location ON serial_leases (location_id, leased_at);
