package be.antwerpen.lom.server.http;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Serves HTTPS from a keystore or PEM files through Jetty's own SSL connector (the only connector then),
 * reloading a renewed certificate without a restart.
 */
final class TlsConnector {

    private TlsConnector() {
    }

    static void install(JavalinConfig cfg, String host, int port, TlsSettings tls) {
        cfg.jetty.addConnector((server, httpConfig) -> {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            if (tls.usesPem()) {
                ssl.setKeyStore(PemKeyStore.load(tls.certificatePem(), tls.privateKeyPem()));
                ssl.setKeyStorePassword(PemKeyStore.PASSWORD);
            } else {
                ssl.setKeyStorePath(tls.keystore().toAbsolutePath().toString());
                ssl.setKeyStorePassword(tls.password());
            }
            server.addBean(new CertificateReloader(ssl, tls));
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
