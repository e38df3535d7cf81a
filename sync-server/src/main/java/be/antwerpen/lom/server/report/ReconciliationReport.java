package be.antwerpen.lom.server.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A location's day-end reconciliation (ADR 0092): every appointment of the day accounted for.
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
 * @param offlinePeriods  per-desk offline periods, or why they are not available
 * @param paperForms      paper forms issued versus re-keyed, or why that is not available
 */
public record ReconciliationReport(String locationId, LocalDate date, Instant generatedAt,
                                   Map<String, Integer> byStatus, Map<String, Integer> byOrigin, Totals totals,
                                   List<AppointmentLine> openLines, List<AppointmentLine> provisional,
                                   List<ConflictLine> openConflicts, List<DeskLine> desks, Instant notSyncedSince,
                                   Section offlinePeriods, Section paperForms) {

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

    /** A section the server may not have data for; {@code reason} says why when it is not available. */
    public record Section(boolean available, String reason) {
    }
}
