package be.antwerpen.lom.server.db;

import java.sql.SQLException;

/** A database failure, wrapped with what the server was doing; the message never carries row data. */
public class DatabaseException extends RuntimeException {

    public DatabaseException(String doing, SQLException cause) {
        super(doing + " failed (SQLState " + cause.getSQLState() + ")", cause);
        this.retry = false;
    }

    private final boolean retry;

    public DatabaseException(String message) {
        this(message, false);
    }

    /** A failure that may go away when the whole transaction runs again ({@code retry}). */
    public DatabaseException(String message, boolean retry) {
        super(message);
        this.retry = retry;
    }

    /** Whether retrying the whole transaction may succeed (deadlock, serialization failure, busy file). */
    public boolean isTransient() {
        return retry || getCause() instanceof SQLException sql && Transient.is(sql);
    }
}
