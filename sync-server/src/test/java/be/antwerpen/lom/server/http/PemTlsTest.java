package be.antwerpen.lom.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.testing.Fixture;
import io.javalin.Javalin;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS from PEM files as a city CA or ACME client writes them, renewed without a restart. */
class PemTlsTest {

    @TempDir
    Path dir;

    private static X509Certificate selfSigned(KeyPair keys, String cn, long serial) throws Exception {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name("CN=" + cn),
                BigInteger.valueOf(serial), Date.from(now.minusSeconds(60)), Date.from(now.plus(Duration.ofDays(2))),
                new X500Name("CN=" + cn), keys.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }

    private static KeyPair ecKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256, new SecureRandom());
        return generator.generateKeyPair();
    }

    private static String pem(Object object) throws Exception {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }

    /** Writes the files as a renewal does: a new file moved over the old one. */
    private void install(Path target, String content) throws Exception {
        Path temp = Files.createTempFile(dir, "renew", ".pem");
        Files.writeString(temp, content);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The serial number of the certificate the server presents to a new connection. */
    private static BigInteger servedSerial(int port) throws Exception {
        X509TrustManager any = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] {any}, null);
        HttpClient client = HttpClient.newBuilder().sslContext(ssl).build();
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                URI.create("https://127.0.0.1:" + port + "/api/v1/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        return ((X509Certificate) health.sslSession().orElseThrow().getPeerCertificates()[0]).getSerialNumber();
    }

    @Test
    void pem_files_are_served_and_a_renewed_certificate_is_picked_up_without_a_restart() throws Exception {
        KeyPair first = ecKeys();
        Path cert = dir.resolve("server.crt");
        Path key = dir.resolve("server.key");
        install(cert, pem(selfSigned(first, "loket-1", 1001)));
        install(key, pem(new JcaPKCS8Generator(first.getPrivate(), null)));
        try (Database db = Database.sqlite(dir.resolve("tls.db"))) {
            ServerComponents server = Fixture.components(db);
            Javalin app = server.httpApi(new HttpSettings("127.0.0.1", 0,
                    Optional.of(TlsSettings.pem(cert, key, Duration.ofMillis(200))))).start();
            try {
                assertThat(servedSerial(app.port())).isEqualTo(BigInteger.valueOf(1001));

                KeyPair renewed = ecKeys();
                install(key, pem(new JcaPKCS8Generator(renewed.getPrivate(), null)));
                install(cert, pem(selfSigned(renewed, "loket-1", 1002)));

                BigInteger served = BigInteger.ZERO;
                for (int i = 0; i < 100 && !served.equals(BigInteger.valueOf(1002)); i++) {
                    Thread.sleep(100);
                    served = servedSerial(app.port());
                }
                assertThat(served).isEqualTo(BigInteger.valueOf(1002));

                install(cert, "-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n");
                Thread.sleep(1000);
                assertThat(servedSerial(app.port())).as("a broken renewal keeps the current certificate")
                        .isEqualTo(BigInteger.valueOf(1002));
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void a_key_that_does_not_belong_to_the_certificate_or_no_key_is_refused_with_a_clear_message() throws Exception {
        Path cert = dir.resolve("server.crt");
        Path key = dir.resolve("server.key");
        install(cert, pem(selfSigned(ecKeys(), "loket-2", 7)));
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        install(key, pem(rsa.generateKeyPair().getPrivate()));

        assertThatThrownBy(() -> PemKeyStore.load(cert, key)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not belong");
        install(key, pem(new JcaPKCS8Generator(ecKeys().getPrivate(), null)));
        assertThatThrownBy(() -> PemKeyStore.load(cert, key)).as("another key of the same kind")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not belong");
        install(key, "nothing here\n");
        assertThatThrownBy(() -> PemKeyStore.load(cert, key)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no unencrypted private key");
    }
}
