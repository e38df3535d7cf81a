package be.antwerpen.lom.bench.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The HTTP client the booking bench's 16 clients use: OkHttp (the desk's own client, {@code -Dlom.bench.client=okhttp},
 * the default) or the JDK's {@link HttpClient} ({@code jdk}, which the bench used before 2026-12-07). Both share one
 * client and its connections among the 16 threads, as a browser or a desk would keep its connection open.
 */
interface BookingClients {

    /** POSTs {@code json} with the bearer {@code token}; answers the status code. */
    int post(String url, String token, String json) throws IOException, InterruptedException;

    /** GETs {@code url} without a token; answers the status code. */
    int get(String url) throws IOException, InterruptedException;

    /** Which client {@code -Dlom.bench.client} names. */
    static BookingClients chosen(int clients) {
        String name = System.getProperty("lom.bench.client", "okhttp");
        return switch (name) {
            case "okhttp" -> new OkHttp(clients);
            case "jdk" -> new Jdk();
            default -> throw new IllegalArgumentException("lom.bench.client is okhttp or jdk, not " + name);
        };
    }

    /** OkHttp with a pool that keeps one connection per client thread. */
    final class OkHttp implements BookingClients {
        private static final MediaType JSON = MediaType.get("application/json");
        private final OkHttpClient http;

        OkHttp(int clients) {
            http = new OkHttpClient.Builder().connectionPool(new ConnectionPool(clients, 5, TimeUnit.MINUTES))
                    .callTimeout(Duration.ofSeconds(60)).build();
        }

        @Override
        public int post(String url, String token, String json) throws IOException {
            Request request = new Request.Builder().url(url).header("Authorization", "Bearer " + token)
                    .post(RequestBody.create(json, JSON)).build();
            try (Response response = http.newCall(request).execute()) {
                response.body().bytes();
                return response.code();
            }
        }

        @Override
        public int get(String url) throws IOException {
            try (Response response = http.newCall(new Request.Builder().url(url).build()).execute()) {
                response.body().bytes();
                return response.code();
            }
        }

        @Override
        public String toString() {
            return "OkHttp";
        }
    }

    /** The JDK's HttpClient. */
    final class Jdk implements BookingClients {
        private final HttpClient http = HttpClient.newHttpClient();

        @Override
        public int post(String url, String token, String json) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        @Override
        public int get(String url) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }

        @Override
        public String toString() {
            return "the JDK's HttpClient";
        }
    }
}
