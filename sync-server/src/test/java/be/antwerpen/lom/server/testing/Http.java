package be.antwerpen.lom.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A tiny JSON client over java.net.http for the end-to-end tests. */
public final class Http {

    /** A response: status and body (parsed when it is JSON). */
    public record Response(int status, String text, JsonNode json) {
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper mapper;
    private final String base;

    public Http(ObjectMapper mapper, int port) {
        this(mapper, "http://127.0.0.1:" + port + "/api/v1");
    }

    private Http(ObjectMapper mapper, String base) {
        this.mapper = mapper;
        this.base = base;
    }

    /** A client for the paths outside the API (e.g. {@code /metrics}). */
    public static Http atRoot(ObjectMapper mapper, int port) {
        return new Http(mapper, "http://127.0.0.1:" + port);
    }

    public Response get(String path, Map<String, String> headers) {
        return send("GET", path, null, headers);
    }

    public Response post(String path, Object body, Map<String, String> headers) {
        try {
            String text = body == null ? null : body instanceof String s ? s : mapper.writeValueAsString(body);
            return send("POST", path, text, headers);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Response send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        headers.forEach(request::header);
        return exchange(request);
    }

    private Response exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String text = response.body();
            if (text != null && !text.isBlank() && (text.startsWith("{") || text.startsWith("["))) {
                json = mapper.readTree(text);
            }
            return new Response(response.statusCode(), text, json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request whose body is sent as the given bytes (another encoding than UTF-8, for instance). */
    public Response sendBytes(String method, String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json");
        headers.forEach(request::header);
        return exchange(request);
    }

    /** A GET whose body is kept as bytes (a PDF, for instance). */
    public HttpResponse<byte[]> bytes(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends only the head of a request that declares {@code declaredLength} body bytes, then reads the
     * answer. A server that refuses a body by its declared length answers before the upload; sending the
     * whole body instead races the server closing the connection (a broken pipe on a loaded machine).
     */
    public Response postDeclaringLength(String path, long declaredLength, String bodyStart, Map<String, String> headers) {
        URI uri = URI.create(base + path);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder()
                    .append("POST ").append(uri.getRawPath()).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
                    .append("Content-Type: application/json\r\n")
                    .append("Content-Length: ").append(declaredLength).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n").append(bodyStart);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return answerOn(socket, false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends {@code request} as it is written (request line, headers, body: CRLFs included) and reads the answer
     * until the server closes the connection. For requests a well-behaved client would not make.
     */
    public Response raw(String request) {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before it has read everything; its answer is still there
            }
            return answerOn(socket, true);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads the answer on {@code socket} until the server closes it: the status, the text ({@code withHead}: the
     * whole answer, else its body) and the JSON object the body holds, if any.
     */
    private Response answerOn(Socket socket, boolean withHead) throws IOException {
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = Integer.parseInt(answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4));
        int bodyAt = answer.indexOf("\r\n\r\n");
        String text = bodyAt < 0 ? "" : answer.substring(bodyAt + 4);
        int json = text.indexOf('{');
        int end = text.lastIndexOf('}');
        return new Response(status, withHead ? answer : text,
                json >= 0 && end > json ? mapper.readTree(text.substring(json, end + 1)) : null);
    }

    /** The path of the API's base, for {@link #raw} requests. */
    public String basePath() {
        return URI.create(base).getRawPath();
    }

    public static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    public static Map<String, String> device(String token, String deviceId, String secret) {
        return Map.of("Authorization", "Bearer " + token, "X-Device-Id", deviceId, "X-Device-Secret", secret);
    }
}
