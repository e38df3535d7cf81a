package be.antwerpen.lom.server.http;

import be.antwerpen.lom.model.sync.ErrorBody;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives by itself, for requests the routes never see: a request line or header it cannot read
 * (a NUL in the path, a Content-Length of twenty digits, headers or a URI too large), or a body that grows past the
 * limit while it is read. They carry the same {@link ErrorBody} as every other answer, as JSON, and never a part of
 * the request: Jetty's own pages are HTML or text that echo the URI back.
 */
final class JettyErrorAnswers extends ErrorHandler {

    private final ObjectMapper json;

    JettyErrorAnswers(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put("X-Content-Type-Options", "nosniff");
        return ByteBuffer.wrap(body(status));
    }

    private byte[] body(int status) {
        ErrorBody body = status == 413
                ? new ErrorBody("body_too_large", "the request body is too large", null)
                : new ErrorBody("http_" + status, "the request could not be handled", null);
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error body could not be written", e);
        }
    }
}
