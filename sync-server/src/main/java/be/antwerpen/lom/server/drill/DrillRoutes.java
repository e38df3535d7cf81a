package be.antwerpen.lom.server.drill;

import io.javalin.config.RoutesConfig;

/** The drill routes under the API base (ADR 0110, 0113). */
public final class DrillRoutes {

    private DrillRoutes() {
    }

    public static void install(RoutesConfig routes, String base, DrillController drills) {
        routes.post(base + "/drills", drills::start);
        routes.get(base + "/drills", drills::list);
        routes.get(base + "/drills/{drillId}", drills::get);
        routes.post(base + "/drills/{drillId}/cancel", drills::cancel);
        routes.get(base + "/drills/{drillId}/report", drills::report);
        routes.get(base + "/drills/{drillId}/status", drills::status);
        routes.post(base + "/drills/{drillId}/desk-result", drills::deskResult);
    }
}
