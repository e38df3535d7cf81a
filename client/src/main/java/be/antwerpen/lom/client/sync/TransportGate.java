package be.antwerpen.lom.client.sync;

/**
 * Whether the desk may call the server at all (ADR 0110): an outage drill closes the gate, and every call
 * then fails inside the desk before it leaves, as if the server were gone. Asked for every request.
 */
public interface TransportGate {

    /** A gate that never closes. */
    TransportGate OPEN = new TransportGate() {
        @Override
        public boolean mayCall(String path) {
            return true;
        }

        @Override
        public void answered() {
        }
    };

    /** @param path the request's path, e.g. {@code /api/v1/sync/push} */
    boolean mayCall(String path);

    /** The server answered a call that passed the gate. */
    void answered();
}
