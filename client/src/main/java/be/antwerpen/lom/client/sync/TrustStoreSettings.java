package be.antwerpen.lom.client.sync;

import java.nio.file.Path;

/** A trust store holding the certificate authority the server's TLS certificate is checked against. */
public record TrustStoreSettings(Path file, char[] password) {

    /** JKS for {@code .jks} files, PKCS12 otherwise. */
    public String type() {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jks") ? "JKS" : "PKCS12";
    }

    @Override
    public String toString() {
        return "TrustStoreSettings[file=" + file + ", password=***]";
    }
}
