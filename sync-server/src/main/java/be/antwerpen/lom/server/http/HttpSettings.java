package be.antwerpen.lom.server.http;

import java.util.Optional;

/** Where the API listens, and with which certificate (none: plain HTTP). */
public record HttpSettings(String host, int port, Optional<TlsSettings> tls, boolean demo) {

    /** Not a demo server. */
    public HttpSettings(String host, int port, Optional<TlsSettings> tls) {
        this(host, port, tls, false);
    }
}
