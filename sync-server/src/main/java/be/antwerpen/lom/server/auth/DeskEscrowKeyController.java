package be.antwerpen.lom.server.auth;

import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import be.antwerpen.lom.server.http.HttpApi;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.util.Map;

/**
 * POST /auth/desk-escrow-key: the escrow key of the calling desk (ADR 0045), only for a staff member
 * working at the desk's location calling with the desk's own (not revoked) credentials.
 */
public final class DeskEscrowKeyController implements EndpointGroup {

    private final DeskEscrowKeys keys;
    private final RequestAuth auth;

    public DeskEscrowKeyController(DeskEscrowKeys keys, RequestAuth auth) {
        this.keys = keys;
        this.auth = auth;
    }

    public void issue(Context ctx) {
        RequestAuth.DeskCaller caller = auth.deskCaller(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.json(Map.of("key", keys.keyFor(caller.device().id())));
    }

    /** The routes of this feature, under {@link HttpApi#BASE}. */
    @Override
    public void addEndpoints() {
        path(HttpApi.BASE, () -> {
            post("/auth/desk-escrow-key", this::issue);
        });
    }
}
