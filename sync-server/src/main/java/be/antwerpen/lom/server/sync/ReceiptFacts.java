package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.model.validation.TimeRange;
import be.antwerpen.lom.server.serial.PaperSerial;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What the day-end reconciliation needs to know about a stored command (ADR 0093): when the desk made it,
 * and, for a command re-keyed from a paper form, which form it was. Every field may be null.
 *
 * @param deviceTime         the desk's clock when the command was made, epoch millis
 * @param paperSerial        the walk-in form's serial as printed, when this command registered it
 * @param paperPrefix        that serial's prefix
 * @param paperNumber        that serial's number, when the serial reads as {@code PREFIX-NNNNNN}
 * @param paperDay           the day written on the form (ISO date)
 * @param paperAppointmentId the appointment the form concerns
 * @param paperPileFirst     the first number of the pile the walk-in form was taken from, when the desk named it
 * @param paperPileLast      the last number of that pile
 */
public record ReceiptFacts(Long deviceTime, String paperSerial, String paperPrefix, Long paperNumber,
                           String paperDay, String paperAppointmentId, Long paperPileFirst, Long paperPileLast) {

    ReceiptFacts(Long deviceTime, String paperSerial, String paperPrefix, Long paperNumber, String paperDay,
                 String paperAppointmentId) {
        this(deviceTime, paperSerial, paperPrefix, paperNumber, paperDay, paperAppointmentId, null, null);
    }

    /** A command that could not be read: only its device time, when that can be read and lies in {@link TimeRange}. */
    static ReceiptFacts unreadable(JsonNode body) {
        String text = body.path("deviceTime").asText("");
        Long deviceTime = null;
        try {
            Instant at = text.isEmpty() ? null : Instant.parse(text);
            deviceTime = at != null && TimeRange.holds(at) ? at.toEpochMilli() : null;
        } catch (DateTimeParseException notATime) {
            // no device time to keep
        }
        return new ReceiptFacts(deviceTime, null, null, null, null, null);
    }

    /**
     * The facts of a read command with its outcome. A rejected command re-keyed nothing; a walk-in
     * registered before ({@code APPLIED_WITH_CHANGES}) keeps its serial on the first receipt only.
     */
    static ReceiptFacts of(SyncCommand command, CommandOutcome outcome) {
        Long deviceTime = command.deviceTime().toEpochMilli();
        if (outcome == CommandOutcome.REJECTED) {
            // re-keyed nothing, but a refused paper fact belongs to the day on the paper (ADR 0147), not to the day it
            // was keyed: its day is kept, with no serial and no appointment, so no tally counts it as entered
            return new ReceiptFacts(deviceTime, null, null, null, paperDay(command.payload()), null);
        }
        if (command.payload() instanceof Commands.RegisterWalkIn w && w.paperSerial() != null
                && !w.paperSerial().isBlank() && w.arrivedAt() != null && w.appointmentId() != null) {
            if (outcome != CommandOutcome.APPLIED) {
                return new ReceiptFacts(deviceTime, null, null, null, w.arrivedAt().toLocalDate().toString(),
                        w.appointmentId().toString());
            }
            Optional<PaperSerial> serial = PaperSerial.parse(w.paperSerial());
            Optional<PaperSerial> pileFirst = w.paperPile() == null ? Optional.empty()
                    : PaperSerial.parse(w.paperPile().first());
            Optional<PaperSerial> pileLast = w.paperPile() == null ? Optional.empty()
                    : PaperSerial.parse(w.paperPile().last());
            return new ReceiptFacts(deviceTime, PaperSerial.canonical(w.paperSerial()),
                    serial.map(PaperSerial::prefix).orElse(null), serial.map(PaperSerial::number).orElse(null),
                    w.arrivedAt().toLocalDate().toString(), w.appointmentId().toString(),
                    pileFirst.map(PaperSerial::number).orElse(null), pileLast.map(PaperSerial::number).orElse(null));
        }
        if (command.payload() instanceof Commands.LifecycleCommand l && l.paperTime() != null
                && l.appointmentId() != null) {
            return new ReceiptFacts(deviceTime, null, null, null, l.paperTime().toLocalDate().toString(),
                    l.appointmentId().toString());
        }
        return new ReceiptFacts(deviceTime, null, null, null, null, null);
    }

    /** The day written on the paper form a command re-keys, or null when it re-keys none. */
    private static String paperDay(CommandPayload payload) {
        if (payload instanceof Commands.RegisterWalkIn w && w.paperSerial() != null && !w.paperSerial().isBlank()
                && w.arrivedAt() != null) {
            return w.arrivedAt().toLocalDate().toString();
        }
        if (payload instanceof Commands.LifecycleCommand l && l.paperTime() != null) {
            return l.paperTime().toLocalDate().toString();
        }
        return null;
    }
}
