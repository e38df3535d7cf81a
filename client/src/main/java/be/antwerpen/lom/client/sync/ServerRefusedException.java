package be.antwerpen.lom.client.sync;

import be.antwerpen.lom.model.sync.ErrorBody;

/** The server refused a request with a 4xx and a readable {@link ErrorBody}. */
public class ServerRefusedException extends RuntimeException {

    private final int status;
    private final ErrorBody body;

    public ServerRefusedException(int status, ErrorBody body) {
        super(body.message() == null ? "the server refused the request (" + status + ")" : body.message());
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public ErrorBody body() {
        return body;
    }
}
