-- ADR 0028: login throttling per account+source, per account (from unknown sources) and per source.
-- bucket: "as:<account>|<source>", "a:<account>" or "s:<source>"; <account> is the username of an
-- existing account or "h:" + a keyed hash of what was typed; <source> is "dev:<device id>" for an
-- authenticated desk or "ip:" + a keyed hash of the client address. Nothing typed is stored in clear.
-- failures: attempts counted in the current window (an attempt counts while its password is checked
-- and is taken back when it succeeds); window_start: when that window began; blocked_until: no
-- attempt in this bucket before this time (epoch millis).
CREATE TABLE login_attempts (
    bucket        TEXT PRIMARY KEY,
    failures      INTEGER NOT NULL,
    window_start  BIGINT NOT NULL,
    blocked_until BIGINT NOT NULL
);

-- Sources from which an account has logged in successfully: they skip the per-account bucket, so an
-- attacker elsewhere cannot lock the owner out.
CREATE TABLE login_known_sources (
    account       TEXT NOT NULL,
    source        TEXT NOT NULL,
    last_login_at BIGINT NOT NULL,
    PRIMARY KEY (account, source)
);

-- Server-wide secrets shared by all instances on this database (the login hash key).
CREATE TABLE server_secrets (
    name   TEXT PRIMARY KEY,
    secret TEXT NOT NULL
);

-- The old table held typed usernames (and passwords typed as usernames) in clear.
DROP TABLE login_throttle;
