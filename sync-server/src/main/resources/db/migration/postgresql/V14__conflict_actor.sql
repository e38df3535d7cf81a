-- Issue 18: who sent the command that opened a conflict (the supervisor reads it in the case file;
-- the desk name comes from devices). Empty for conflicts opened before this version.
ALTER TABLE conflicts ADD COLUMN actor TEXT;
