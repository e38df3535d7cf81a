package be.antwerpen.lom.client.rekey;

import be.antwerpen.lom.model.appointment.BookingWindow;
import be.antwerpen.lom.model.validation.DomainValidationException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Refuses a time written on a paper form that the server would refuse: the shared rule for paper times
 * ({@link BookingWindow#requireWrittenOnPaper}, ADR 0029, 0157), checked on the desk's clock when the form is
 * entered, for an appointment's form and a walk-in's alike. Without it such a form was stored and queued, and came
 * back rejected at the next sync, to be entered again.
 */
final class PaperTimeCheck {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private PaperTimeCheck() {
    }

    static void requireWritten(LocalDateTime writtenAt, Instant now) {
        try {
            BookingWindow.requireWrittenOnPaper(writtenAt, now, "paperTime");
        } catch (DomainValidationException e) {
            switch (e.refusal().code()) {
                case "time.future" -> throw new RekeyRefusedException("the time on the paper form lies in the future",
                        "failure.rekey.timeInFuture", DAY_AND_TIME.format(writtenAt));
                case "time.tooLongAgo" -> throw new RekeyRefusedException("the paper form is from more than "
                        + BookingWindow.MAX_OFFLINE.toDays() + " days ago", "failure.rekey.timeTooLongAgo",
                        BookingWindow.MAX_OFFLINE.toDays());
                default -> throw e;
            }
        }
    }
}
