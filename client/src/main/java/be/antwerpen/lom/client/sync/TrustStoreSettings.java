package be.antwerpen.lom.client.sync;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What the server's TLS certificate is checked against: a trust store file (PKCS12 or JKS), a PEM file
 * with the city's CA certificate(s), or {@value #SYSTEM} for the operating system's own store.
 */
public record TrustStoreSettings(Path file, char[] password) {

    /** The setting's value that names the operating system's certificate store. */
    public static final String SYSTEM = "system";

    /** Whether this names the operating system's store rather than a file. */
    public boolean system() {
        return file.toString().equals(SYSTEM);
    }

    /** JKS for {@code .jks} files, PEM for {@code .pem}, {@code .crt} and {@code .cer}, PKCS12 otherwise. */
    public String type() {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jks")) {
            return "JKS";
        }
        return name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer") ? "PEM" : "PKCS12";
    }

    @Override
    public String toString() {
        return "TrustStoreSettings[file=" + file + ", password=***]";
    }
}
