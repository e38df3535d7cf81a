package be.antwerpen.lom.client.rekey;

import be.antwerpen.lom.model.appointment.BookingWindow;
import be.antwerpen.lom.model.validation.DomainValidationException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Refuses a paper walk-in whose arrival the server would refuse: the shared rule for something that happened
 * ({@link BookingWindow#requireHappened}, ADR 0029), checked on the desk's clock when the form is entered. Without
 * it a walk-in form of a later day was stored and queued, and came back rejected at the next sync.
 */
final class ArrivalWindowCheck {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ArrivalWindowCheck() {
    }

    static void requireHappened(LocalDateTime arrivedAt, Instant now) {
        try {
            BookingWindow.requireHappened(arrivedAt, now, "arrivedAt");
        } catch (DomainValidationException e) {
            switch (e.refusal().code()) {
                case "time.future" -> throw new RekeyRefusedException("the time on the walk-in form lies in the future",
                        "failure.rekey.timeInFuture", DAY_AND_TIME.format(arrivedAt));
                case "time.tooLongAgo" -> throw new RekeyRefusedException("the walk-in form is from more than "
                        + BookingWindow.MAX_OFFLINE.toDays() + " days ago", "failure.rekey.timeTooLongAgo",
                        BookingWindow.MAX_OFFLINE.toDays());
                default -> throw e;
            }
        }
    }
}
