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
        return message != null && (message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED"))
                || raceOnOneLiveBookingPerSlot(e);
    }

    /**
     * Another instance committed the same citizen's booking of the same slot after this transaction
     * checked (ADR 0027): run again, and the check before writing refuses it with a clear reason.
     */
    private static boolean raceOnOneLiveBookingPerSlot(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if ("23505".equals(s.getSQLState()) && s.getMessage() != null
                    && s.getMessage().contains("appointments_one_live_booking_per_citizen_slot")) {
                return true;
            }
            if (s.getNextException() == s) {
                break;
            }
        }
        return false;
    }
}
