package be.antwerpen.lom.client.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A scripted HTTP endpoint for testing how the sync engine reacts to each kind of answer (gap,
 * 401, 5xx, reset). Transport-level only: the end-to-end tests use the real sync server.
 */
public final class ScriptedServer implements AutoCloseable {

    /** One request as received. */
    public record Received(String method, String path, String query, Map<String, List<String>> headers, JsonNode body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** A canned answer. */
    public record Answer(int status, Object body) {
    }

    private final HttpServer server;
    private final ObjectMapper json;
    private final Map<String, Function<Received, Answer>> routes = new ConcurrentHashMap<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

    public ScriptedServer(ObjectMapper json) throws IOException {
        this(json, 0);
    }

    /** Listens on {@code port} (0: any free port), e.g. to come back on the port a desk already knows. */
    public ScriptedServer(ObjectMapper json, int port) throws IOException {
        this(json, port, false);
    }

    /**
     * A server that answers requests at the same time (a push and a pull alongside it) when {@code concurrent};
     * otherwise one after the other. Its handlers must then be thread-safe.
     */
    public ScriptedServer(ObjectMapper json, int port, boolean concurrent) throws IOException {
        this.json = json;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        if (concurrent) {
            server.setExecutor(Executors.newCachedThreadPool());
        }
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void on(String method, String path, Function<Received, Answer> handler) {
        routes.put(method + " " + path, handler);
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public List<String> paths() {
        return received().stream().map(r -> r.method() + " " + r.path()).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] in = exchange.getRequestBody().readAllBytes();
        JsonNode body = in.length == 0 ? null : json.readTree(in);
        Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getQuery(), Map.copyOf(exchange.getRequestHeaders()), body);
        received.add(request);
        Function<Received, Answer> handler = routes.get(request.method() + " " + request.path());
        Answer answer = handler == null ? new Answer(404, Map.of("code", "not_found", "message", "no route"))
                : handler.apply(request);
        byte[] out = answer.body() == null ? new byte[0]
                : (answer.body() instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                : json.writeValueAsBytes(answer.body()));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(out);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
