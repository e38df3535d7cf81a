package be.antwerpen.lom.client.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.Locale;

/** Loads the certificates a desk trusts: a trust store file, a PEM file, or the operating system's store. */
final class TrustedCertificates {

    /** Where Linux distributions keep the system's CA bundle (Debian/Ubuntu, Fedora/RHEL, others). */
    private static final List<Path> LINUX_BUNDLES = List.of(Path.of("/etc/ssl/certs/ca-certificates.crt"),
            Path.of("/etc/pki/tls/certs/ca-bundle.crt"), Path.of("/etc/ssl/cert.pem"));

    private TrustedCertificates() {
    }

    static KeyStore file(TrustStoreSettings settings) throws IOException, GeneralSecurityException {
        if (settings.type().equals("PEM")) {
            return pem(settings.file());
        }
        try (InputStream in = Files.newInputStream(settings.file())) {
            KeyStore keyStore = KeyStore.getInstance(settings.type());
            keyStore.load(in, settings.password());
            return keyStore;
        }
    }

    /** The operating system's trusted certificate authorities. */
    static KeyStore system() throws IOException, GeneralSecurityException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("windows") || os.contains("mac")) {
            KeyStore store = KeyStore.getInstance(os.contains("windows") ? "Windows-ROOT" : "KeychainStore");
            store.load(null, null);
            return store;
        }
        for (Path bundle : LINUX_BUNDLES) {
            if (Files.isReadable(bundle)) {
                return pem(bundle);
            }
        }
        throw new IOException("no system certificate bundle found (looked in " + LINUX_BUNDLES + ")");
    }

    private static KeyStore pem(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        try (InputStream in = Files.newInputStream(file)) {
            int n = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + n++, certificate);
            }
            if (n == 0) {
                throw new IOException("no certificate in " + file);
            }
        }
        return store;
    }
}
