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
                || raceOnACheckedUniqueIndex(e);
    }

    /**
     * Another instance committed, after this transaction checked, what a unique index allows once: the same
     * citizen's booking of the same slot (ADR 0027), or a walk-in on the same paper form serial (ADR 0062). Run
     * again, and the check before writing refuses that one command with a clear reason, instead of a server error
     * that rolls back the desk's whole chunk.
     */
    private static boolean raceOnACheckedUniqueIndex(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if ("23505".equals(s.getSQLState()) && s.getMessage() != null
                    && (s.getMessage().contains("appointments_one_live_booking_per_citizen_slot")
                    || s.getMessage().contains("receipts_by_paper_serial"))) {
                return true;
            }
            if (s.getNextException() == s) {
                break;
            }
        }
        return false;
    }
}
