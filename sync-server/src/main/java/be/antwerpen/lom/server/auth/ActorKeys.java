package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.sync.ActorProof;
import be.antwerpen.lom.server.db.Database;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;

/**
 * Issues and checks the keys with which a desk proves which staff member made a command (ADR 0032).
 * A key belongs to one person at one desk: it is handed out only to that person's own session on that
 * desk, so a proof under it means the person was logged in there when the command was made.
 */
public final class ActorKeys {

    private final Database db;
    private final ActorKeyRepository keys;
    private final SecureRandom random;
    private final Clock clock;

    public ActorKeys(Database db, ActorKeyRepository keys, SecureRandom random, Clock clock) {
        this.db = db;
        this.keys = keys;
        this.random = random;
        this.clock = clock;
    }

    /** The key of the logged-in staff member at this desk, made on first request. */
    public String keyFor(StaffMember staff, String deviceId) {
        String candidate = NewKey.base64(random);
        return db.inTransaction(c -> {
            keys.insertIfAbsent(c, staff.username(), deviceId, candidate, clock.millis());
            return keys.find(c, staff.username(), deviceId).orElseThrow();
        });
    }

    /** Whether {@code proof} shows that {@code username} made this command at this desk. */
    public boolean proves(Connection c, String username, String deviceId, UUID commandId, byte[] payloadDigest,
                          String proof) throws SQLException {
        if (proof == null) {
            return false;
        }
        return keys.find(c, username, deviceId)
                .map(secret -> ActorProof.matches(Base64.getDecoder().decode(secret), commandId, username,
                        payloadDigest, proof))
                .orElse(false);
    }
}
