package be.antwerpen.lom.model.sync;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Proof that a command was made by the staff member it names (ADR 0032): an HMAC-SHA256, under the key
 * the server issued to that person for that desk, of the command's identity and the person's username.
 * The desk can only compute it while that person is logged in (their password releases the key), so a
 * command made during an offline login carries who made it in a form the server can check.
 */
public final class ActorProof {

    private static final String LABEL = "lom actor proof v1\n";

    private ActorProof() {
    }

    /** The proof, in base64url without padding. */
    public static String of(byte[] key, UUID commandId, String actor) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, commandId, actor));
    }

    /** Whether {@code proof} is the proof of this command and actor under {@code key}; constant time. */
    public static boolean matches(byte[] key, UUID commandId, String actor, String proof) {
        if (proof == null || proof.isBlank() || proof.length() > 100) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(proof);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(mac(key, commandId, actor), given);
    }

    private static byte[] mac(byte[] key, UUID commandId, String actor) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((LABEL + commandId + "\n" + actor).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
