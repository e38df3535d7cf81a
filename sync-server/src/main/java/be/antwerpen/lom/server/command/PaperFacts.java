package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.BookingWindow;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.validation.DomainValidationException;
import be.antwerpen.lom.model.validation.PaperSerialFormat;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Commands re-keyed from paper forms (issue 5): the paper time must lie on the appointment's day,
 * a paper walk-in names its form's serial, and both are kept in the audit line's detail
 * (e.g. {@code APPLIED [paper 2026-11-30T10:40]}) so a supervisor can see what the form said.
 */
final class PaperFacts {

    private PaperFacts() {
    }

    /**
     * A paper time is the time of something that happened: not ahead of the server's clock (a few minutes' margin for
     * the wall clock it was read from), not over 31 days back (the window of paper, ADR 0029, 0157), and on the
     * appointment's day. A step dated ahead, such as a no-show keyed in the evening from the pack of the next day,
     * would be counted on a day that has not come.
     */
    static void requirePaperTimeOnDay(Commands.LifecycleCommand command, Appointment appointment, Instant serverNow) {
        LocalDateTime paperTime = command.paperTime();
        if (paperTime == null) {
            return;
        }
        BookingWindow.requireWrittenOnPaper(paperTime, serverNow, "paperTime");
        if (!paperTime.toLocalDate().equals(appointment.start().toLocalDate())) {
            throw Rejected.because("paper.timeNotOnDay", "the time written on the paper form is not on the appointment's day");
        }
    }

    static void requireSerialOnPaperWalkIn(Commands.RegisterWalkIn walkIn) {
        if (walkIn.origin() == AppointmentOrigin.PAPER
                && (walkIn.paperSerial() == null || walkIn.paperSerial().isBlank())) {
            throw Rejected.because("paper.serialMissing", "a walk-in re-keyed from paper names the serial of its form");
        }
        if (walkIn.paperSerial() != null) {
            PaperSerialFormat.require(walkIn.paperSerial(), "paperSerial");
        }
    }

    /** The paper facts of a command for its audit line, or an empty string. */
    static String describe(CommandPayload payload) {
        if (payload instanceof Commands.LifecycleCommand l && l.paperTime() != null) {
            return " [paper " + l.paperTime() + "]";
        }
        if (payload instanceof Commands.RegisterWalkIn w && w.paperSerial() != null) {
            return " [paper " + w.arrivedAt() + " serial " + w.paperSerial() + "]";
        }
        return "";
    }
}
