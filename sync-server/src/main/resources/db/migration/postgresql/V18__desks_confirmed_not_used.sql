-- A supervisor's word that a desk not heard of was not used on a day after its last contact (ADR 0154). It holds
-- only while the desk's last contact is still last_contact; a later confirmation of the same desk and day, after a
-- later contact, replaces it. confirmed_by comes from the supervisor's session.
CREATE TABLE desks_confirmed_not_used (
    device_id TEXT NOT NULL,
    day TEXT NOT NULL,
    last_contact BIGINT NOT NULL,
    confirmed_by TEXT NOT NULL,
    confirmed_at BIGINT NOT NULL,
    PRIMARY KEY (device_id, day)
);
