-- ADR 0043: a desk whose store went back in time renumbers its waiting commands past the server's
-- sequence and starts a fresh walk-in ticket series; a desk whose identity runs on another computer
-- stops syncing until it is enrolled again.
-- ticket_series: 0 = the first series (L1-0001), 1 = L1B-0001, 2 = L1C-0001, ...
ALTER TABLE sync_state ADD COLUMN ticket_series INTEGER NOT NULL DEFAULT 0;
-- renumbered_at / renumbered_commands: the last renumbering, shown to staff
ALTER TABLE sync_state ADD COLUMN renumbered_at TEXT;
ALTER TABLE sync_state ADD COLUMN renumbered_commands INTEGER;
-- active_elsewhere: 1 when the server said this desk's identity is in use on another computer
ALTER TABLE sync_state ADD COLUMN active_elsewhere INTEGER NOT NULL DEFAULT 0;
