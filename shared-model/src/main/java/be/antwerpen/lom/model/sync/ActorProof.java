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
 * the server issued to that person for that desk, of the command's identity, the person's username and the
 * digest of the command's payload ({@link PayloadDigest}, ADR 0161). The desk can only compute it while that
 * person is logged in (their password releases the key), so a command made during an offline login carries who
 * made it in a form the server can check; and a proof read from a desk's outbox does not prove another payload
 * under the same command id.
 *
 * <p>The first form of the proof ({@code v1}) covered the identity and the username only. The server still
 * accepts it, for the commands a desk recorded before it was upgraded; a desk makes the second form only.
 */
public final class ActorProof {

    private static final String LABEL_V1 = "lom actor proof v1\n";
    private static final String LABEL = "lom actor proof v2\n";

    private ActorProof() {
    }

    /** The proof, in base64url without padding. */
    public static String of(byte[] key, UUID commandId, String actor, byte[] payloadDigest) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, commandId, actor, payloadDigest));
    }

    /** The first form of the proof, which covers no payload: only what a desk from before ADR 0161 made. */
    public static String ofFirstForm(byte[] key, UUID commandId, String actor) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, commandId, actor, null));
    }

    /**
     * Whether {@code proof} is the proof of this command, actor and payload under {@code key}, or the first form's
     * proof of this command and actor; constant time.
     */
    public static boolean matches(byte[] key, UUID commandId, String actor, byte[] payloadDigest, String proof) {
        if (proof == null || proof.isBlank() || proof.length() > 100) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(proof);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        boolean second = MessageDigest.isEqual(mac(key, commandId, actor, payloadDigest), given);
        boolean first = MessageDigest.isEqual(mac(key, commandId, actor, null), given);
        return second | first;
    }

    private static byte[] mac(byte[] key, UUID commandId, String actor, byte[] payloadDigest) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            if (payloadDigest == null) {
                return mac.doFinal((LABEL_V1 + commandId + "\n" + actor).getBytes(StandardCharsets.UTF_8));
            }
            mac.update((LABEL + commandId + "\n" + actor + "\n").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(payloadDigest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
