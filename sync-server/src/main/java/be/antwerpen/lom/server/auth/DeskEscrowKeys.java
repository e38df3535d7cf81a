package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.server.db.Database;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Issues the escrow key of a desk (ADR 0045): the desk keeps its data key also wrapped under it, so a
 * staff member without a copy of the data key gets one at an online login. One key per desk, made on
 * first request; every server instance hands out the same one.
 */
public final class DeskEscrowKeys {

    private final Database db;
    private final DeskEscrowKeyRepository keys;
    private final SecureRandom random;
    private final Clock clock;

    public DeskEscrowKeys(Database db, DeskEscrowKeyRepository keys, SecureRandom random, Clock clock) {
        this.db = db;
        this.keys = keys;
        this.random = random;
        this.clock = clock;
    }

    /** The escrow key of this desk, made on first request. */
    public String keyFor(String deviceId) {
        String candidate = NewKey.base64(random);
        return db.inTransaction(c -> {
            keys.insertIfAbsent(c, deviceId, candidate, clock.millis());
            return keys.find(c, deviceId).orElseThrow();
        });
    }
}
