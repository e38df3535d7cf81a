package be.antwerpen.lom.server.http;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The server's certificate and key: a PKCS#12 or JKS keystore, or PEM files (certificate chain and private
 * key, as a city CA or ACME client writes them). Either way the files are watched and a renewed
 * certificate is served without a restart (checked every {@code reloadCheck}).
 *
 * @param keystore       keystore file, or {@code null} for PEM files
 * @param password       keystore password, or {@code null} for PEM files
 * @param certificatePem PEM certificate chain (server certificate first), or {@code null}
 * @param privateKeyPem  PEM private key (PKCS#8, PKCS#1 or SEC1, unencrypted), or {@code null}
 */
public record TlsSettings(Path keystore, String password, Path certificatePem, Path privateKeyPem,
                          Duration reloadCheck) {

    public static final Duration DEFAULT_RELOAD_CHECK = Duration.ofSeconds(30);

    /** A keystore file. */
    public TlsSettings(Path keystore, String password) {
        this(keystore, password, null, null, DEFAULT_RELOAD_CHECK);
    }

    public TlsSettings {
        if ((keystore == null) == (certificatePem == null || privateKeyPem == null)) {
            throw new IllegalArgumentException("TLS needs either a keystore or a PEM certificate and key");
        }
    }

    /** PEM certificate chain and private key files. */
    public static TlsSettings pem(Path certificate, Path privateKey, Duration reloadCheck) {
        return new TlsSettings(null, null, certificate, privateKey, reloadCheck);
    }

    boolean usesPem() {
        return keystore == null;
    }

    @Override
    public String toString() {
        return usesPem() ? "TlsSettings[certificate=" + certificatePem + ", key=" + privateKeyPem + "]"
                : "TlsSettings[keystore=" + keystore + ", password=***]";
    }
}
