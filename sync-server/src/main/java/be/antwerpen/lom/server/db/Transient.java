package be.antwerpen.lom.server.db;

import java.sql.SQLException;

/** Recognises failures after which the same transaction may be run again. */
final class Transient {

    private Transient() {
    }

    static boolean is(SQLException e) {
        String state = e.getSQLState();
        if ("40001".equals(state) || "40P01".equals(state)) {
            return true;
        }
        String message = e.getMessage();
        return message != null && (message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED"));
    }
}
