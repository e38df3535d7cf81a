package be.antwerpen.lom.server.http;

import java.util.Optional;

/**
 * Where the API listens, and with which certificate (none: plain HTTP).
 *
 * @param metricsToken the bearer token that opens {@code GET /metrics}; without one it is served to the
 *                     server's own machine only
 */
public record HttpSettings(String host, int port, Optional<TlsSettings> tls, boolean demo,
                           Optional<String> metricsToken) {

    /** Not a demo server. */
    public HttpSettings(String host, int port, Optional<TlsSettings> tls) {
        this(host, port, tls, false);
    }

    public HttpSettings(String host, int port, Optional<TlsSettings> tls, boolean demo) {
        this(host, port, tls, demo, Optional.empty());
    }
}
