package be.antwerpen.lom.server.http;

/** Told of every answered request, by route template (never the concrete path): monitoring listens here. */
@FunctionalInterface
public interface RequestObserver {

    /**
     * @param method the HTTP method
     * @param route  the route template the request matched, or {@code unmatched}
     * @param status the status answered
     * @param millis how long the answer took
     */
    void answered(String method, String route, int status, double millis);
}
