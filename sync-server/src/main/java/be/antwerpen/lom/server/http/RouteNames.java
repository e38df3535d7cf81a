package be.antwerpen.lom.server.http;

import io.javalin.http.Context;

/** The route template a request matched (never its concrete path, which may hold ids), for logs and metrics. */
final class RouteNames {

    private RouteNames() {
    }

    static String of(Context ctx) {
        String matched;
        try {
            matched = ctx.endpoint().path;
        } catch (RuntimeException noEndpoint) {
            matched = null;
        }
        return matched == null || matched.isBlank() || matched.contains("*") ? "unmatched" : matched;
    }

    /** Health checks and metric scrapes: many a minute, worth a log line only at DEBUG. */
    static boolean probe(String route) {
        return route.equals(HttpApi.BASE + "/health") || route.equals("/metrics");
    }
}
