package be.antwerpen.lom.client.store;

import java.util.UUID;
import java.util.function.Supplier;

/** Signs a new command with the proof that the logged-in staff member made it (ADR 0032). */
@FunctionalInterface
public interface CommandSigner {

    /**
     * The proof of the command with this id and payload digest ({@code PayloadDigest}, ADR 0161), or {@code null}
     * when the desk holds no key for {@code actor} right now; the digest is taken only when there is a key.
     */
    String proofFor(UUID commandId, String actor, Supplier<byte[]> payloadDigest);
}
