package be.antwerpen.lom.server.reference;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;

import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.server.auth.RequestAuth;
import be.antwerpen.lom.server.http.HttpApi;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;

/** GET /reference-data: locations, schedules, closures and products, for any logged-in staff member. */
public final class ReferenceController implements EndpointGroup {

    private final ReferenceData reference;
    private final RequestAuth auth;

    public ReferenceController(ReferenceData reference, RequestAuth auth) {
        this.reference = reference;
        this.auth = auth;
    }

    public void show(Context ctx) {
        auth.staff(ctx);
        ctx.json(reference);
    }

    /** The routes of this feature, under {@link HttpApi#BASE}. */
    @Override
    public void addEndpoints() {
        path(HttpApi.BASE, () -> {
            get("/reference-data", this::show);
        });
    }
}
