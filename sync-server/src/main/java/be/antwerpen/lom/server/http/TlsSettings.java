package be.antwerpen.lom.server.http;

import java.nio.file.Path;

/** A PKCS#12 or JKS keystore holding the server's certificate and key. */
public record TlsSettings(Path keystore, String password) {

    @Override
    public String toString() {
        return "TlsSettings[keystore=" + keystore + ", password=***]";
    }
}
