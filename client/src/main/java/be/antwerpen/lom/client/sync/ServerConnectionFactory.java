package be.antwerpen.lom.client.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Arrays;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * Builds the HTTP client for one server: OkHttp with timeouts, the city's trust store when one is
 * configured, and the desk's credentials on every request; Retrofit with the protocol's Jackson mapper.
 */
public final class ServerConnectionFactory {

    private final ObjectMapper json;
    private final TrustStoreSettings trustStore;
    private final DeskCredentials credentials;
    private final Duration callTimeout;
    private final TransportGate gate;

    public ServerConnectionFactory(ObjectMapper json, TrustStoreSettings trustStore, DeskCredentials credentials,
                                   Duration callTimeout) {
        this(json, trustStore, credentials, callTimeout, TransportGate.OPEN);
    }

    /** @param gate closed during an outage drill: calls then fail before they leave the desk (ADR 0110) */
    public ServerConnectionFactory(ObjectMapper json, TrustStoreSettings trustStore, DeskCredentials credentials,
                                   Duration callTimeout, TransportGate gate) {
        this.gate = gate;
        this.json = json;
        this.trustStore = trustStore;
        this.credentials = credentials;
        this.callTimeout = callTimeout;
    }

    public SyncApi connect(String serverUrl) {
        return connect(serverUrl, SyncApi.class);
    }

    /** Another Retrofit interface of the same server (e.g. the supervisor's), same credentials and trust. */
    public <T> T connect(String serverUrl, Class<T> api) {
        String base = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        return new Retrofit.Builder()
                .baseUrl(base)
                .client(httpClient())
                .addConverterFactory(JacksonConverterFactory.create(json))
                .build()
                .create(api);
    }

    OkHttpClient httpClient() {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(callTimeout)
                .writeTimeout(callTimeout)
                .callTimeout(callTimeout.plusSeconds(5))
                .addInterceptor(chain -> {
                    if (!gate.mayCall(chain.request().url().encodedPath())) {
                        throw new java.io.IOException("the connection to the server is cut by an outage drill");
                    }
                    okhttp3.Response answer = chain.proceed(chain.request());
                    gate.answered();
                    return answer;
                })
                .addInterceptor(chain -> {
                    Request.Builder request = chain.request().newBuilder();
                    if (chain.request().header("Authorization") == null) {
                        credentials.staffToken().ifPresent(t -> request.header("Authorization", "Bearer " + t));
                    }
                    credentials.deviceId().ifPresent(id -> request.header("X-Device-Id", id));
                    credentials.deviceSecret().ifPresent(s -> request.header("X-Device-Secret", s));
                    return chain.proceed(request.build());
                });
        if (trustStore != null) {
            X509TrustManager trustManager = trustManager(trustStore);
            builder.sslSocketFactory(sslContext(trustManager).getSocketFactory(), trustManager);
        }
        return builder.build();
    }

    static X509TrustManager trustManager(TrustStoreSettings settings) {
        try {
            KeyStore keyStore = settings.system() ? TrustedCertificates.system() : TrustedCertificates.file(settings);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(keyStore);
            TrustManager[] managers = factory.getTrustManagers();
            return Arrays.stream(managers)
                    .filter(X509TrustManager.class::isInstance)
                    .map(X509TrustManager.class::cast)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the trust store has no X.509 trust manager"));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("the trust store " + settings.file() + " could not be read", e);
        }
    }

    private static SSLContext sslContext(X509TrustManager trustManager) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available", e);
        }
    }
}
