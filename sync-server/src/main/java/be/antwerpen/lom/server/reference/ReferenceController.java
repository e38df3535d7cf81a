package be.antwerpen.lom.server.reference;

import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.server.http.RequestAuth;
import io.javalin.http.Context;

/** GET /reference-data: locations, schedules, closures and products, for any logged-in staff member. */
public final class ReferenceController {

    private final ReferenceData reference;
    private final RequestAuth auth;

    public ReferenceController(ReferenceData reference, RequestAuth auth) {
        this.reference = reference;
        this.auth = auth;
    }

    public void get(Context ctx) {
        auth.staff(ctx);
        ctx.json(reference);
    }
}
