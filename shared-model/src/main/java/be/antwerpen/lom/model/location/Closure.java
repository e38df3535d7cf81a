package be.antwerpen.lom.model.location;

import be.antwerpen.lom.model.validation.Require;
import java.time.LocalDate;

/**
 * A date range (inclusive) during which one location, or every location, is closed.
 *
 * @param locationId the location, or {@code null} for a closure of every location
 * @param from       first closed day
 * @param to         last closed day (inclusive)
 * @param reason     why
 * @param description a short text, e.g. {@code Kerstmis}
 */
public record Closure(String locationId, LocalDate from, LocalDate to, ClosureReason reason, String description) {

    public Closure {
        Require.present(from, "from");
        Require.present(to, "to");
        Require.that(!to.isBefore(from), "to", "a closure must not end before it starts");
        Require.present(reason, "reason");
        description = description == null ? "" : description.strip();
    }

    public static Closure everywhere(LocalDate day, ClosureReason reason, String description) {
        return new Closure(null, day, day, reason, description);
    }

    public boolean closes(String location, LocalDate day) {
        return (locationId == null || locationId.equals(location)) && !day.isBefore(from) && !day.isAfter(to);
    }
}
