package be.antwerpen.lom.server.http;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** An in-memory keystore made from PEM files (Bouncy Castle reads every usual private-key form). */
final class PemKeyStore {

    /** Protects the in-memory keystore only; it never touches the disk. */
    static final String PASSWORD = "in-memory";
    static final String ALIAS = "server";

    private PemKeyStore() {
    }

    static KeyStore load(Path certificatePem, Path privateKeyPem) {
        try {
            Collection<? extends Certificate> chain;
            try (var in = Files.newInputStream(certificatePem)) {
                chain = CertificateFactory.getInstance("X.509").generateCertificates(in);
            }
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("no certificate in " + certificatePem);
            }
            PrivateKey key = privateKey(privateKeyPem);
            X509Certificate leaf = (X509Certificate) chain.iterator().next();
            if (!leaf.getPublicKey().getAlgorithm().equals(key.getAlgorithm())
                    && !(leaf.getPublicKey().getAlgorithm().startsWith("EC") && key.getAlgorithm().startsWith("EC"))) {
                throw new IllegalArgumentException("the private key does not belong to the certificate");
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, PASSWORD.toCharArray(), chain.toArray(Certificate[]::new));
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("the TLS certificate or key cannot be read: " + e.getMessage(), e);
        }
    }

    private static PrivateKey privateKey(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
             PEMParser parser = new PEMParser(reader)) {
            Object object;
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            while ((object = parser.readObject()) != null) {
                if (object instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (object instanceof PEMKeyPair pair) {
                    return converter.getPrivateKey(pair.getPrivateKeyInfo());
                }
            }
        }
        throw new IllegalArgumentException("no unencrypted private key in " + file);
    }
}
