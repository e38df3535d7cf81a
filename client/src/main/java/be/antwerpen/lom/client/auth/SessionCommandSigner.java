package be.antwerpen.lom.client.auth;

import be.antwerpen.lom.client.store.CommandSigner;
import be.antwerpen.lom.model.sync.ActorProof;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Signs commands with the actor-proof key of the person logged in now; a command recorded for anyone
 * else (or while no key is held) goes without a proof and the server attributes it to whoever pushes it.
 */
public final class SessionCommandSigner implements CommandSigner {

    private final DeskSession session;

    public SessionCommandSigner(DeskSession session) {
        this.session = session;
    }

    @Override
    public String proofFor(UUID commandId, String actor, Supplier<byte[]> payloadDigest) {
        return session.actorProofKeyOf(actor).map(key -> {
            try {
                return ActorProof.of(key, commandId, actor, payloadDigest.get());
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        }).orElse(null);
    }
}
