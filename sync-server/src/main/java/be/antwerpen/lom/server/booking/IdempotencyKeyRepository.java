package be.antwerpen.lom.server.booking;

import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.server.refusal.Refusal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency keys of web writes (ADR 0026): per staff member, the request fingerprint and the
 * appointment the first request answered with, stored in the transaction of that write.
 */
public final class IdempotencyKeyRepository {

    /** How long a key is remembered. */
    public static final Duration LIFETIME = Duration.ofHours(24);

    /**
     * Claims {@code key} for a request about {@code appointmentId}. Empty: the key is new and now taken
     * by this transaction (the write goes ahead). Present: the id the first request with this key
     * answered with (a replay). A key used before for another request is refused as inconsistent (nothing stored).
     * On PostgreSQL a claim waits for another transaction holding the same key, then sees its outcome.
     */
    public Optional<UUID> claim(Connection c, String staff, IdempotencyKey key, UUID appointmentId, Instant now)
            throws SQLException {
        Rows.update(c, "DELETE FROM idempotency_keys WHERE created_at < ?", now.minus(LIFETIME).toEpochMilli());
        int inserted = Rows.update(c, "INSERT INTO idempotency_keys (staff_username, key_hash, request_hash,"
                        + " appointment_id, created_at) VALUES (?,?,?,?,?)"
                        + " ON CONFLICT (staff_username, key_hash) DO NOTHING",
                staff, key.keyHash(), key.fingerprint(), appointmentId, now.toEpochMilli());
        if (inserted == 1) {
            return Optional.empty();
        }
        Stored stored = Rows.one(c, "SELECT request_hash, appointment_id FROM idempotency_keys"
                        + " WHERE staff_username = ? AND key_hash = ?",
                rs -> new Stored(rs.getString(1), UUID.fromString(rs.getString(2))), staff, key.keyHash())
                .orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT, "idempotency_key_in_use",
                        "a request with this Idempotency-Key is still being handled; try again", IdempotencyKey.HEADER));
        if (!stored.requestHash().equals(key.fingerprint())) {
            throw new Refusal(Refusal.Kind.INCONSISTENT, "idempotency_key_reused", "this Idempotency-Key was used for another request;"
                    + " a new request needs a new key", IdempotencyKey.HEADER);
        }
        return Optional.of(stored.appointmentId());
    }

    private record Stored(String requestHash, UUID appointmentId) {
    }
}
