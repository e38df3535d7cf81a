package be.antwerpen.lom.server.http;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** Serves HTTPS from a keystore through Jetty's own SSL connector (the only connector then). */
final class TlsConnector {

    private TlsConnector() {
    }

    static void install(JavalinConfig cfg, String host, int port, TlsSettings tls) {
        cfg.jetty.addConnector((server, httpConfig) -> {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(tls.keystore().toAbsolutePath().toString());
            ssl.setKeyStorePassword(tls.password());
            ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
            httpConfig.addCustomizer(new SecureRequestCustomizer(false));
            ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                    new HttpConnectionFactory(httpConfig));
            connector.setHost(host);
            connector.setPort(port);
            return connector;
        });
    }
}
