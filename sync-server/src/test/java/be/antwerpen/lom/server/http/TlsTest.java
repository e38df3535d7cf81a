package be.antwerpen.lom.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.testing.Fixture;
import io.javalin.Javalin;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsTest {

    @Test
    void with_a_keystore_the_api_is_served_over_https(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString(), "-genkeypair", "-alias", "lom", "-keyalg", "EC", "-groupname", "secp256r1",
                "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit"))
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
        try (Database db = Database.sqlite(dir.resolve("tls.db"))) {
            ServerComponents server = Fixture.components(db);
            Javalin app = server.httpApi(new HttpSettings("127.0.0.1", 0,
                    Optional.of(new TlsSettings(keystore, "changeit")))).start();
            try {
                KeyStore trust = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(keystore)) {
                    trust.load(in, "changeit".toCharArray());
                }
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(trust);
                SSLContext ssl = SSLContext.getInstance("TLS");
                ssl.init(null, tmf.getTrustManagers(), null);
                HttpClient client = HttpClient.newBuilder().sslContext(ssl).build();

                HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                        URI.create("https://127.0.0.1:" + app.port() + "/api/v1/health")).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).contains("\"status\":\"ok\"");
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void plain_http_is_only_served_on_loopback_unless_allowed() {
        assertThatCode(() -> ListenPolicy.check(new HttpSettings("127.0.0.1", 8080, Optional.empty()), false))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ListenPolicy.check(new HttpSettings("0.0.0.0", 8080, Optional.empty()), false))
                .hasMessageContaining("keystore");
        assertThatCode(() -> ListenPolicy.check(new HttpSettings("0.0.0.0", 8080, Optional.empty()), true))
                .doesNotThrowAnyException();
        assertThatCode(() -> ListenPolicy.check(new HttpSettings("0.0.0.0", 8443,
                Optional.of(new TlsSettings(Path.of("k.p12"), "p"))), false)).doesNotThrowAnyException();
    }
}
