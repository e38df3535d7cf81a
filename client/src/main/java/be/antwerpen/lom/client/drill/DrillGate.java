package be.antwerpen.lom.client.drill;

import be.antwerpen.lom.client.sync.TransportGate;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The real cut of a drill (ADR 0110): while closed, every call to the server fails inside the desk, except
 * the one question whether the drill is still on. After it opens again it notes the first answer of the
 * server: the moment the desk reconnected.
 */
public final class DrillGate implements TransportGate {

    private static final Pattern DRILL_STATUS = Pattern.compile(".*/api/v1/drills/[^/]+/status");

    private final Clock clock;
    private volatile boolean closed;
    private volatile boolean watching;
    private volatile Instant firstAnswer;

    public DrillGate(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean mayCall(String path) {
        return !closed || DRILL_STATUS.matcher(path).matches();
    }

    @Override
    public void answered() {
        if (!closed && watching) {
            watching = false;
            firstAnswer = clock.instant();
        }
    }

    public boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
        watching = false;
        firstAnswer = null;
    }

    /** Opens the gate and starts watching for the server's first answer. */
    void open() {
        firstAnswer = null;
        watching = true;
        closed = false;
    }

    /** The server's first answer since the gate opened, or null. */
    Instant firstAnswer() {
        return firstAnswer;
    }
}
