package be.antwerpen.lom.server.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the certificate files and hands a renewed certificate to Jetty without a restart: new
 * connections get it, open ones keep theirs. A half-written or broken renewal is logged and the
 * current certificate stays in use until the files are readable again. Started and stopped with the
 * Jetty server (a bean of it).
 */
final class CertificateReloader extends AbstractLifeCycle {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateReloader.class);

    private final SslContextFactory.Server ssl;
    private final TlsSettings tls;
    private ScheduledExecutorService timer;
    private String seen;

    CertificateReloader(SslContextFactory.Server ssl, TlsSettings tls) {
        this.ssl = ssl;
        this.tls = tls;
    }

    @Override
    protected void doStart() {
        seen = fingerprint();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "tls-certificate-reload");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1, tls.reloadCheck().toMillis());
        timer.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        timer.shutdownNow();
    }

    private void check() {
        String now = fingerprint();
        if (now.equals(seen)) {
            return;
        }
        try {
            if (tls.usesPem()) {
                var store = PemKeyStore.load(tls.certificatePem(), tls.privateKeyPem());
                ssl.reload(f -> f.setKeyStore(store));
            } else {
                ssl.reload(f -> { });
            }
            seen = now;
            LOG.info("TLS certificate reloaded from {}", files());
        } catch (Exception e) {
            LOG.warn("the renewed TLS certificate could not be loaded ({}); the current one stays in use",
                    e.getMessage());
        }
    }

    private List<Path> files() {
        return tls.usesPem() ? List.of(tls.certificatePem(), tls.privateKeyPem()) : List.of(tls.keystore());
    }

    /** Size and modification time of the watched files. */
    private String fingerprint() {
        StringBuilder out = new StringBuilder();
        for (Path file : files()) {
            try {
                out.append(Files.size(file)).append('@').append(Files.getLastModifiedTime(file).toMillis()).append(';');
            } catch (IOException missing) {
                out.append("missing;");
            }
        }
        return out.toString();
    }
}
