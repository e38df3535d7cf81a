package be.antwerpen.lom.server.slot;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;

import be.antwerpen.lom.model.slot.FlexibilityQuery;
import be.antwerpen.lom.model.slot.ProximityQuery;
import be.antwerpen.lom.server.auth.RequestAuth;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.Params;
import be.antwerpen.lom.server.refusal.Refusal;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;

/** Free slots: proximity (one location) and flexibility (every location, with filters). */
public final class SlotController implements EndpointGroup {

    private final FreeSlots slots;
    private final RequestAuth auth;

    /**
     * The most slots a flexibility answer lists, the earliest first (ADR 0158): a year of every location's slots was
     * 9 MB an answer, and a few such requests at once filled the heap.
     */
    static final int MAX_FLEXIBILITY_SLOTS = 1_000;

    public SlotController(FreeSlots slots, RequestAuth auth) {
        this.slots = slots;
        this.auth = auth;
    }

    public void proximity(Context ctx) {
        auth.staff(ctx);
        String location = slots.knownLocation(Params.text(ctx, "location"), "location");
        ProximityQuery query = new ProximityQuery(location, product(ctx), Params.date(ctx, "from"),
                Params.date(ctx, "to"));
        ctx.json(slots.proximity(query));
    }

    public void flexibility(Context ctx) {
        auth.staff(ctx);
        Integer limit = Params.optionalInt(ctx, "limit");
        if (limit != null && limit > MAX_FLEXIBILITY_SLOTS) {
            throw Refusal.invalid("limit", "an answer lists at most " + MAX_FLEXIBILITY_SLOTS + " slots");
        }
        FlexibilityQuery query = new FlexibilityQuery(product(ctx), Params.date(ctx, "from"), Params.date(ctx, "to"),
                Params.flag(ctx, "saturdaysOnly"), Params.flag(ctx, "eveningsOnly"),
                Params.optionalTime(ctx, "notBefore"), Params.optionalTime(ctx, "notAfter"),
                limit == null ? MAX_FLEXIBILITY_SLOTS : limit);
        ctx.json(slots.flexibility(query));
    }

    private String product(Context ctx) {
        return slots.knownProduct(Params.text(ctx, "product"), "product");
    }

    /** The routes of this feature, under {@link HttpApi#BASE}. */
    @Override
    public void addEndpoints() {
        path(HttpApi.BASE, () -> {
            get("/slots/proximity", this::proximity);
            get("/slots/flexibility", this::flexibility);
        });
    }
}
