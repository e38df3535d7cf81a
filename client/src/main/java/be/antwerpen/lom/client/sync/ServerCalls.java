package be.antwerpen.lom.client.sync;

import be.antwerpen.lom.model.sync.ErrorBody;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/** Runs a Retrofit call and turns every failure into one of the sync exceptions. */
public final class ServerCalls {

    /** Error codes by which the server says "start again from a snapshot". */
    static final Set<String> RESET_CODES = Set.of("cursor_expired", "unknown_cursor", "snapshot_required",
            "reset_required");

    /** Error codes by which the server says "I do not know this device": only re-enrollment helps. */
    static final Set<String> UNKNOWN_DEVICE_CODES = Set.of("unknown_device", "device_unknown");

    /** The error code by which the server says "this desk identity runs on another computer" (ADR 0043). */
    static final String DESK_ACTIVE_ELSEWHERE = "desk_active_elsewhere";

    private final ObjectMapper json;

    public ServerCalls(ObjectMapper json) {
        this.json = json;
    }

    public <T> T execute(Call<T> call) {
        Response<T> response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw new ServerUnreachableException("the server could not be reached", e, true);
        } catch (RuntimeException e) {
            throw new ServerUnreachableException("the server's answer could not be read", e);
        }
        if (response.isSuccessful()) {
            return response.body();
        }
        int status = response.code();
        ErrorBody body = errorBody(response.errorBody(), status);
        if (UNKNOWN_DEVICE_CODES.contains(body.code())) {
            throw new DeviceUnknownException("the server does not know this desk");
        }
        if (DESK_ACTIVE_ELSEWHERE.equals(body.code())) {
            throw new DeskActiveElsewhereException(body.message() == null
                    ? "this desk's identity is in use on another computer" : body.message());
        }
        if (status == 401) {
            throw new SessionExpiredException("the staff login has expired");
        }
        if (status == 502 || status == 503 || status == 504) {
            throw new ServerUnreachableException("the server answered " + status, null, true);
        }
        if (status >= 500 || status == 408) {
            throw new ServerUnreachableException("the server answered " + status, null);
        }
        if (status == 410 || RESET_CODES.contains(body.code())) {
            throw new ResetRequiredException(body.message());
        }
        throw new ServerRefusedException(status, body);
    }

    private ErrorBody errorBody(ResponseBody body, int status) {
        if (body == null) {
            return new ErrorBody("http_" + status, null, null);
        }
        try (body) {
            ErrorBody parsed = json.readValue(body.bytes(), ErrorBody.class);
            return parsed == null ? new ErrorBody("http_" + status, null, null) : parsed;
        } catch (IOException | RuntimeException e) {
            return new ErrorBody("http_" + status, null, null);
        }
    }
}
