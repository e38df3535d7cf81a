package be.antwerpen.lom.server.auth;

import java.security.SecureRandom;
import java.util.Base64;

/** A fresh random 256-bit key in base64, as the per-desk keys (actor proof, data-key escrow) are stored. */
final class NewKey {

    private static final int KEY_BYTES = 32;

    private NewKey() {
    }

    static String base64(SecureRandom random) {
        byte[] fresh = new byte[KEY_BYTES];
        random.nextBytes(fresh);
        return Base64.getEncoder().encodeToString(fresh);
    }
}
