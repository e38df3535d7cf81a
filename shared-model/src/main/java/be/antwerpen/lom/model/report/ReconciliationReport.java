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
 * @param disputed        appointments of the day touched by an open conflict (ADR 0095): counted apart,
 *                        neither as served nor as no-show
 * @param possibleDuplicates one citizen handled twice on the day (ADR 0096), with both records
 * @param refusedCommands the location's commands of the day the server refused (ADR 0152), settled or not
 * @param dayOver         whether the location had closed that day when the report was made: only then can a silent
 *                        desk be confirmed as not used (ADR 0154); null from a server before that
 */
public record ReconciliationReport(String locationId, LocalDate date, Instant generatedAt,
                                   Map<String, Integer> byStatus, Map<String, Integer> byOrigin, Totals totals,
                                   List<AppointmentLine> openLines, List<AppointmentLine> provisional,
                                   List<ConflictLine> openConflicts, List<DeskLine> desks, Instant notSyncedSince,
                                   OfflinePeriods offlinePeriods, PaperForms paperForms,
                                   List<AppointmentLine> disputed, List<PossibleDuplicate> possibleDuplicates,
                                   List<RefusedCommand> refusedCommands, Boolean dayOver,
                                   List<DeskRewind> deskRewinds) {

    public ReconciliationReport {
        disputed = disputed == null ? List.of() : List.copyOf(disputed);
        possibleDuplicates = possibleDuplicates == null ? List.of() : List.copyOf(possibleDuplicates);
        refusedCommands = refusedCommands == null ? List.of() : List.copyOf(refusedCommands);
        deskRewinds = deskRewinds == null ? List.of() : List.copyOf(deskRewinds);
    }

    /**
     * Work of a desk the server cannot account for (ADR 0162), until a supervisor settles it.
     * <ul>
     *   <li>{@code CAME_BACK}: the desk came back from an earlier state (a restored backup, a VM snapshot) after it
     *   had reported commands the server never received; those commands were made and are gone with the state the
     *   desk left. It counts on the day the desk last reported them.</li>
     *   <li>{@code COPY_STOPPED}: a copy of the desk (a copied data folder) was stopped because another copy synced
     *   after it; what the stopped copy does reaches the server only once it is enrolled again. It counts on the
     *   day it was stopped; {@code reportedBefore} and {@code received} are 0.</li>
     * </ul>
     *
     * @param id             its id, to settle it
     * @param kind           {@code CAME_BACK} or {@code COPY_STOPPED}
     * @param reportedBefore the last sequence the desk had reported before it came back
     * @param received       the last sequence the server had received from it then, or the last the returning desk
     *                       still held, when that is more (those may arrive yet)
     * @param reportedAt     when the desk reported {@code reportedBefore}, or when the copy was stopped
     * @param detectedAt     when a later start of the desk reported less, or when the copy was stopped
     * @param settlement     how a supervisor accounted for it, or {@code null}
     */
    public record DeskRewind(String id, String kind, String deviceId, String deskName, long reportedBefore,
                             long received, Instant reportedAt, Instant detectedAt, RefusalSettlement settlement) {

        public static final String CAME_BACK = "CAME_BACK";
        public static final String COPY_STOPPED = "COPY_STOPPED";

        /** How many commands the desk had made that never reached the server. */
        public long lost() {
            return reportedBefore - received;
        }
    }

    /** A report without refused commands (a report of a server before ADR 0152, and tests). */
    public ReconciliationReport(String locationId, LocalDate date, Instant generatedAt,
                                Map<String, Integer> byStatus, Map<String, Integer> byOrigin, Totals totals,
                                List<AppointmentLine> openLines, List<AppointmentLine> provisional,
                                List<ConflictLine> openConflicts, List<DeskLine> desks, Instant notSyncedSince,
                                OfflinePeriods offlinePeriods, PaperForms paperForms,
                                List<AppointmentLine> disputed, List<PossibleDuplicate> possibleDuplicates) {
        this(locationId, date, generatedAt, byStatus, byOrigin, totals, openLines, provisional, openConflicts, desks,
                notSyncedSince, offlinePeriods, paperForms, disputed, possibleDuplicates, List.of(), null, List.of());
    }

    /**
     * A command of the day the server refused (ADR 0152), without personal data: which desk made it, its number
     * there and when, and the server's reason. The citizen's data stays on the desk that made it (its Sync tab
     * shows whose it was). It keeps the day from adding up until a supervisor settles it.
     *
     * @param commandId   the command
     * @param deviceId    the desk that made it
     * @param deskName    the desk's name
     * @param sequence    the command's number on that desk
     * @param madeAt      the desk's time when it was made, or its arrival when that is unknown
     * @param reason      the server's reason, coded ({@code code|param|...}, as a desk's refusal)
     * @param settlement  how a supervisor settled it, or null while it is open
     */
    public record RefusedCommand(String commandId, String deviceId, String deskName, long sequence, Instant madeAt,
                                 String reason, RefusalSettlement settlement) {
    }

    /**
     * How a supervisor accounted for a refused command's citizen (ADR 0152).
     *
     * @param outcome       one of {@link RefusalOutcome}
     * @param settledBy     the supervisor's user name, from the session that settled it
     * @param settledByName the supervisor's name, as people know them
     * @param settledAt     when
     */
    public record RefusalSettlement(RefusalOutcome outcome, String settledBy, String settledByName,
                                    Instant settledAt) {
    }

    /** The body of a settlement request: how the citizen was accounted for. Who settles comes from the session. */
    public record SettleRefusal(RefusalOutcome outcome) {
    }

    /** What was done about a refused command; a fixed choice, so no personal data enters the report. */
    public enum RefusalOutcome {
        /** The desk entered the citizen's action again, and the server accepted it. */
        ENTERED_AGAIN,
        /** The citizen was contacted (and booked again where needed). */
        CITIZEN_CONTACTED,
        /** Nothing was lost: the refused command was a double or a mistake. */
        NOTHING_LOST
    }

    /**
     * booked = served + noShow + cancelled + stillOpen + disputed. {@code difference} counts the appointments on
     * which the agenda and the change log, a record of its own, disagree (ADR 0141): one deleted, added or changed
     * in the agenda without its change, or the reverse.
     * {@code addsUp} is true only when the difference is zero and every independent check holds (ADR 0095):
     * otherwise {@code reasons} says, as codes with parameters the desk words, what does not match.
     */
    public record Totals(int booked, int served, int noShow, int cancelled, int stillOpen, int difference,
                         boolean addsUp, int disputed, List<Reason> reasons) {

        public Totals {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    /**
     * Why the day does not add up (ADR 0095, 0147). Codes: {@code TOTALS_DIFFER} (difference),
     * {@code COMMANDS_NOT_ARRIVED} (deviceId, deskName, reported, received, missing), {@code DESK_BEHIND_SERVER}
     * (deviceId, deskName, reported, received, missing), {@code DESK_NOT_SYNCED} (deviceId, deskName, lastContact:
     * an ISO instant; not for a desk a supervisor confirmed as not used, ADR 0154), {@code DISPUTED} (count),
     * {@code PAPER_FORMS_MISSING} (count, serials), {@code POSSIBLE_DUPLICATES} (count, extraRecords),
     * {@code COMMANDS_REFUSED} (deviceId, deskName, count: the desk's commands of the day the server refused that no
     * supervisor settled yet, ADR 0152), {@code UNREADABLE_COMMANDS} (count: open dead letters of the location),
     * {@code DESK_CAME_BACK} (deviceId, deskName, lost: a desk back from an earlier state without commands it had
     * reported, not settled yet, ADR 0162), {@code DESK_COPY_STOPPED} (deviceId, deskName, stoppedAt: a copy of a
     * desk stopped with what it does after, not settled yet, ADR 0162).
     * Parameters never hold personal data.
     */
    public record Reason(String code, Map<String, String> parameters) {

        public static final String TOTALS_DIFFER = "TOTALS_DIFFER";
        public static final String COMMANDS_NOT_ARRIVED = "COMMANDS_NOT_ARRIVED";
        public static final String DESK_BEHIND_SERVER = "DESK_BEHIND_SERVER";
        public static final String DESK_NOT_SYNCED = "DESK_NOT_SYNCED";
        public static final String DISPUTED = "DISPUTED";
        public static final String PAPER_FORMS_MISSING = "PAPER_FORMS_MISSING";
        public static final String POSSIBLE_DUPLICATES = "POSSIBLE_DUPLICATES";
        public static final String COMMANDS_REFUSED = "COMMANDS_REFUSED";
        public static final String UNREADABLE_COMMANDS = "UNREADABLE_COMMANDS";
        public static final String DESK_CAME_BACK = "DESK_CAME_BACK";
        public static final String DESK_COPY_STOPPED = "DESK_COPY_STOPPED";
        /** Every code the server gives, for the checks that each is worded (desk bundles, PDF). */
        public static final List<String> CODES = List.of(TOTALS_DIFFER, COMMANDS_NOT_ARRIVED, DESK_BEHIND_SERVER,
                DESK_NOT_SYNCED, DISPUTED, PAPER_FORMS_MISSING, POSSIBLE_DUPLICATES, COMMANDS_REFUSED,
                UNREADABLE_COMMANDS, DESK_CAME_BACK, DESK_COPY_STOPPED);

        public Reason {
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        }
    }

    /**
     * One citizen with two or more records on the day (ADR 0096).
     *
     * @param maskedRegisterNumber the register number masked as on the desk's screens ({@code 85.07.30-***.**})
     * @param rule                 {@code WALK_IN_TWICE} (two walk-ins of one register number) or
     *                             {@code SAME_PRODUCT_TWICE} (one product twice on the day)
     * @param records              every record of the citizen that matches, oldest start first
     */
    public record PossibleDuplicate(String maskedRegisterNumber, String rule, List<DuplicateRecord> records) {
    }

    /** One record of a possible duplicate, without personal data; the desk that made it when known. */
    public record DuplicateRecord(String appointmentId, String code, String locationId, LocalDateTime start,
                                  String productCode, String status, String origin, String deviceId,
                                  String deskName) {
    }

    /** One appointment, without personal data. */
    public record AppointmentLine(String appointmentId, String code, LocalDateTime start, String productCode,
                                  String status, String origin) {
    }

    public record ConflictLine(String conflictId, String kind, String appointmentId, String deviceId,
                               String description, Instant createdAt) {
    }

    /**
     * A desk; {@code stale} when it is not revoked and has not reached the server since {@code notSyncedSince}.
     * {@code lastSeenAt} is its last contact (ADR 0147): the latest of its last push, its last sequence report
     * (push, pull, snapshot), its last status report and its enrollment.
     * {@code reportedSequence} is the last sequence the desk said it had handed out (at its last sync,
     * {@code reportedAt}; null when it never said), {@code receivedSequence} the last one the server
     * received from it (ADR 0095). {@code notUsed}: a supervisor confirmed that the desk was not used on the day
     * after this last contact (ADR 0154); a stale desk so confirmed keeps the day from adding up no longer. Null when
     * there is no confirmation for this last contact.
     */
    public record DeskLine(String deviceId, String deskName, Instant lastSeenAt, boolean revoked, boolean stale,
                           Long reportedSequence, Instant reportedAt, long receivedSequence,
                           NotUsedConfirmation notUsed) {

        /** A desk without a supervisor's confirmation. */
        public DeskLine(String deviceId, String deskName, Instant lastSeenAt, boolean revoked, boolean stale,
                        Long reportedSequence, Instant reportedAt, long receivedSequence) {
            this(deviceId, deskName, lastSeenAt, revoked, stale, reportedSequence, reportedAt, receivedSequence, null);
        }
    }

    /**
     * A supervisor's word that a desk not heard of since {@code lastContact} was not used on the day after it
     * (ADR 0154): switched off, or closed early. It holds only while the desk's last contact is still that one.
     *
     * @param day         the day it is about
     * @param lastContact the desk's last contact when the supervisor confirmed
     * @param confirmedBy     the supervisor's user name, from the session
     * @param confirmedByName the supervisor's name, as people know them
     * @param confirmedAt     when
     */
    public record NotUsedConfirmation(LocalDate day, Instant lastContact, String confirmedBy, String confirmedByName,
                                      Instant confirmedAt) {
    }

    /** The body of a confirmation request: the day. Who confirms comes from the session. */
    public record ConfirmNotUsed(LocalDate date) {
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
