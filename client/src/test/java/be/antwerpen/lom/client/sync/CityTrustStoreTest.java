package be.antwerpen.lom.client.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.sync.ProtocolJson;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk trusts a server certificate signed by the city's own CA only when that CA is in its trust store. */
class CityTrustStoreTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;

    private static HttpsServer server;

    @BeforeAll
    static void start() throws Exception {
        Path keyStore = dir.resolve("server.p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                "-storepass", "changeit", "-keypass", "changeit");
        keytool("-exportcert", "-alias", "server", "-keystore", keyStore.toString(), "-storepass", "changeit",
                "-file", dir.resolve("city-ca.cer").toString());
        keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keyStore.toString(), "-storepass",
                "changeit", "-file", dir.resolve("city-ca.pem").toString());
        keytool("-importcert", "-noprompt", "-alias", "city-ca", "-file", dir.resolve("city-ca.cer").toString(),
                "-storetype", "PKCS12", "-keystore", dir.resolve("trust.p12").toString(), "-storepass", "changeit");

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keyStore.toFile())) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/api/v1/health", exchange -> {
            byte[] body = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void a_server_certificate_from_the_configured_trust_store_is_accepted() {
        SyncApi api = factory(new TrustStoreSettings(dir.resolve("trust.p12"), PASSWORD)).connect(url());
        assertThat(new ServerCalls(ProtocolJson.newMapper()).execute(api.health()).path("status").asText())
                .isEqualTo("ok");
    }

    @Test
    void the_city_ca_as_a_pem_file_is_trusted_too() {
        SyncApi api = factory(new TrustStoreSettings(dir.resolve("city-ca.pem"), new char[0])).connect(url());
        assertThat(new ServerCalls(ProtocolJson.newMapper()).execute(api.health()).path("status").asText())
                .isEqualTo("ok");
    }

    @Test
    void the_operating_systems_store_is_read_and_does_not_trust_the_city_ca() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(Path.of("/etc/ssl/certs/ca-certificates.crt"))
                || !System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"),
                "no system CA bundle on this machine");
        TrustStoreSettings system = new TrustStoreSettings(Path.of(TrustStoreSettings.SYSTEM), new char[0]);

        assertThat(ServerConnectionFactory.trustManager(system).getAcceptedIssuers()).isNotEmpty();
        SyncApi api = factory(system).connect(url());
        assertThatThrownBy(() -> new ServerCalls(ProtocolJson.newMapper()).execute(api.health()))
                .isInstanceOf(ServerUnreachableException.class);
    }

    @Test
    void without_the_city_trust_store_the_certificate_is_refused() {
        SyncApi api = factory(null).connect(url());
        assertThatThrownBy(() -> new ServerCalls(ProtocolJson.newMapper()).execute(api.health()))
                .isInstanceOf(ServerUnreachableException.class);
    }

    @Test
    void an_unreadable_trust_store_is_reported_with_its_file_name() {
        assertThatThrownBy(() -> factory(new TrustStoreSettings(dir.resolve("trust.p12"), "wrong".toCharArray()))
                .connect(url()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trust.p12");
    }

    private static String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    private static ServerConnectionFactory factory(TrustStoreSettings trust) {
        return new ServerConnectionFactory(ProtocolJson.newMapper(), trust, new DeskCredentials() {
            @Override
            public Optional<String> staffToken() {
                return Optional.empty();
            }

            @Override
            public Optional<String> deviceId() {
                return Optional.empty();
            }

            @Override
            public Optional<String> deviceSecret() {
                return Optional.empty();
            }
        }, Duration.ofSeconds(5));
    }

    private static void keytool(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("keytool %s", args[0]).isZero();
    }
}
