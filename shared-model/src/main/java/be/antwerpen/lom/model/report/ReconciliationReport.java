package be.antwerpen.lom.model.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A location's day-end reconciliation (ADR 0092, 0093): every appointment of the day accounted for.
 * Built by the server, read by the supervisor's desk. Carries no personal data: appointments appear
 * by code, time, product, status and origin only.
 *
 * @param locationId      the location
 * @param date            the day (Europe/Brussels)
 * @param generatedAt     when the report was made
 * @param byStatus        appointments of the day per status (every status present)
 * @param byOrigin        appointments of the day per origin (every origin present)
 * @param totals          booked = served + no-show + cancelled + still open
 * @param openLines       every appointment still open at report time, line by line
 * @param provisional     bookings kept provisional by a double booking, awaiting a decision
 * @param openConflicts   open conflicts of the location
 * @param desks           the location's desks with their last contact with the server
 * @param notSyncedSince  the moment {@code desks[].stale} is measured against
 * @param offlinePeriods  per-desk offline periods of the day, or why they are not available
 * @param paperForms      paper forms issued versus re-keyed, or why that is not available
 */
public record ReconciliationReport(String locationId, LocalDate date, Instant generatedAt,
                                   Map<String, Integer> byStatus, Map<String, Integer> byOrigin, Totals totals,
                                   List<AppointmentLine> openLines, List<AppointmentLine> provisional,
                                   List<ConflictLine> openConflicts, List<DeskLine> desks, Instant notSyncedSince,
                                   OfflinePeriods offlinePeriods, PaperForms paperForms) {

    /** booked = served + noShow + cancelled + stillOpen; {@code difference} is booked minus the sum. */
    public record Totals(int booked, int served, int noShow, int cancelled, int stillOpen, int difference,
                         boolean addsUp) {
    }

    /** One appointment, without personal data. */
    public record AppointmentLine(String appointmentId, String code, LocalDateTime start, String productCode,
                                  String status, String origin) {
    }

    public record ConflictLine(String conflictId, String kind, String appointmentId, String deviceId,
                               String description, Instant createdAt) {
    }

    /** A desk; {@code stale} when it has not reached the server since {@code notSyncedSince}. */
    public record DeskLine(String deviceId, String deskName, Instant lastSeenAt, boolean revoked, boolean stale) {
    }

    /**
     * What the desks did while they could not reach the server.
     *
     * @param available false when the server has no data to derive the periods from
     * @param reason    why it is not available, otherwise null
     * @param periods   one line per desk and offline period, oldest first
     */
    public record OfflinePeriods(boolean available, String reason, List<OfflinePeriod> periods) {
    }

    /**
     * One period in which a desk worked without the server.
     *
     * @param deviceId      the desk
     * @param deskName      the desk's name
     * @param from          the desk's time of the first command made offline
     * @param to            the desk's time of the last command made offline
     * @param reconnectedAt when the server received the first of those commands
     * @param commands      how many commands the desk made in the period
     */
    public record OfflinePeriod(String deviceId, String deskName, Instant from, Instant to, Instant reconnectedAt,
                                int commands) {
    }

    /**
     * Blank paper forms the location's desks printed (serials leased from the server) versus forms
     * re-keyed.
     *
     * @param available false when the server has no data for it
     * @param reason    why it is not available, otherwise null
     * @param ranges    one line per leased serial range that concerns the day
     * @param rekeyed   paper forms re-keyed for the day (walk-in serials and appointment forms)
     * @param missing   serials that must have been handed out but were not re-keyed, in serial order
     */
    public record PaperForms(boolean available, String reason, List<SerialRangeLine> ranges, int rekeyed,
                             List<String> missing) {
    }

    /**
     * A serial range leased to a desk.
     *
     * @param deviceId       the desk
     * @param deskName       the desk's name
     * @param firstSerial    first serial of the range, as printed
     * @param lastSerial     last serial of the range, as printed
     * @param leasedAt       when the desk leased it
     * @param rekeyed        serials of the range that were re-keyed
     * @param highestRekeyed the highest re-keyed serial of the range, or null
     * @param missing        serials of the range below {@code highestRekeyed} that were not re-keyed
     */
    public record SerialRangeLine(String deviceId, String deskName, String firstSerial, String lastSerial,
                                  Instant leasedAt, int rekeyed, String highestRekeyed, List<String> missing) {
    }
}
