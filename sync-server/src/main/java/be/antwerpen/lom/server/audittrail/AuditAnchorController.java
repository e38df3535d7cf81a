package be.antwerpen.lom.server.audittrail;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;

import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.audit.AuditHeadSigner;
import be.antwerpen.lom.server.auth.RequestAuth;
import be.antwerpen.lom.server.http.HttpApi;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The audit anchors over HTTP (ADR 0094): {@code GET /audit/public-key} publishes the key that signs
 * audit heads (no login: it is public); {@code GET /audit/signed-heads} gives an administrator the
 * anchor export (public key, current head, every signed head) to keep outside the server.
 */
public final class AuditAnchorController implements EndpointGroup {

    private final AuditHeadSigner signer;
    private final RequestAuth auth;

    public AuditAnchorController(AuditHeadSigner signer, RequestAuth auth) {
        this.signer = signer;
        this.auth = auth;
    }

    public void publicKey(Context ctx) {
        ctx.json(Map.of("algorithm", "Ed25519", "keyId", signer.keyId(), "publicKey", signer.publicKey()));
    }

    public void signedHeads(Context ctx) {
        RequestAuth.requireAt(auth.staff(ctx), StaffRole.ADMIN, null);
        ctx.json(signer.export());
    }

    /** The routes of this feature, under {@link HttpApi#BASE}. */
    @Override
    public void addEndpoints() {
        path(HttpApi.BASE, () -> {
            get("/audit/public-key", this::publicKey);
            get("/audit/signed-heads", this::signedHeads);
        });
    }
}
