package be.antwerpen.lom.server.monitoring;

import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.RequestObserver;

/** Counts every answered request by route and status, and failed logins by why they failed. */
public final class RequestMetrics implements RequestObserver {

    private static final String LOGIN = HttpApi.BASE + "/auth/login";

    private final ServerMetrics metrics;

    public RequestMetrics(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void answered(String method, String route, int status, double millis) {
        metrics.request(method, route, status, millis);
        if (route.equals(LOGIN) && (status == 401 || status == 429)) {
            metrics.loginFailed(status == 429 ? "throttled" : "wrong_credentials");
        }
    }
}
