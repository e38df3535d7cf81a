package be.antwerpen.lom.server.auth;

import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import be.antwerpen.lom.server.http.HttpApi;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.util.Map;

/** POST /auth/actor-key: the logged-in staff member's actor-proof key for this desk (ADR 0032). */
public final class ActorKeyController implements EndpointGroup {

    private final ActorKeys keys;
    private final RequestAuth auth;

    public ActorKeyController(ActorKeys keys, RequestAuth auth) {
        this.keys = keys;
        this.auth = auth;
    }

    public void issue(Context ctx) {
        RequestAuth.DeskCaller caller = auth.deskCaller(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.json(Map.of("key", keys.keyFor(caller.staff(), caller.device().id())));
    }

    /** The routes of this feature, under {@link HttpApi#BASE}. */
    @Override
    public void addEndpoints() {
        path(HttpApi.BASE, () -> {
            post("/auth/actor-key", this::issue);
        });
    }
}
