package be.antwerpen.lom.server.deskstatus;

import io.javalin.config.RoutesConfig;

/** The desk status routes under the API base (ADR 0111). */
public final class DeskStatusRoutes {

    private DeskStatusRoutes() {
    }

    public static void install(RoutesConfig routes, String base, DeskStatusController desks) {
        routes.post(base + "/desks/status", desks::report);
        routes.get(base + "/desks", desks::live);
    }
}
