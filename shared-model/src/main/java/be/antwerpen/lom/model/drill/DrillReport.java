package be.antwerpen.lom.model.drill;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The report of one drill, per desk and per location (ADR 0113). */
public record DrillReport(DrillView drill, Instant generatedAt, List<DeskPart> desks, List<LocationPart> locations) {

    /**
     * One desk.
     *
     * @param reported             whether the desk has sent its own figures yet
     * @param commandsReceived     commands of the desk made during the drill that the server holds
     * @param paperRekeyed         paper forms of the desk re-keyed for the day
     * @param paperMissing         serials of the desk handed out but not re-keyed
     * @param reconnectToCaughtUpSeconds from reconnect to nothing waiting, or null
     * @param reasons              why this desk keeps its location from being accounted for (ADR 0147):
     *                             {@link #RESULT_MISSING}, {@link #OFFLINE_ACTIONS_DIFFER}; empty when none
     */
    public record DeskPart(String deviceId, String deskName, String locationId, boolean reported, Instant beganAt,
                           Instant endedAt, String endReason, Long copyAgeMinutes, Long packAgeMinutes,
                           Boolean packPrinted, Integer offlineActions, int commandsReceived, int paperRekeyed,
                           int paperMissing, int conflictsRaised, int conflictsSettled,
                           Long reconnectToCaughtUpSeconds, List<String> reasons) {

        /** The desk has not sent its own figures: what it did offline is not known to be all here. */
        public static final String RESULT_MISSING = "DRILL_RESULT_MISSING";
        /** The desk counted another number of actions during the drill than the server received from that time. */
        public static final String OFFLINE_ACTIONS_DIFFER = "OFFLINE_ACTIONS_DIFFER";
        /** Every code of a desk, for the checks that each is worded. */
        public static final List<String> CODES = List.of(RESULT_MISSING, OFFLINE_ACTIONS_DIFFER);

        public DeskPart {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    /**
     * One location: sums over its desks, and the day-end checks of the drill's day (ADR 0095).
     *
     * @param missingSerials   every serial still missing, in serial order
     * @param accountedFor     every citizen of the period is accounted for: the day-end checks of the day hold, every
     *                         desk of the drill here sent its figures and counted as many actions as the server
     *                         received from its drill (ADR 0147)
     * @param reasons          the codes of the day-end checks that do not hold (ADR 0095), then the codes of its
     *                         desks ({@link DeskPart#reasons()}); empty when accounted for
     */
    public record LocationPart(String locationId, LocalDate date, int offlineActions, int commandsReceived,
                               int paperRekeyed, int paperMissing, List<String> missingSerials, int conflictsRaised,
                               int conflictsSettled, int booked, int served, int noShow, int cancelled,
                               int stillOpen, int disputed, int difference, int possibleDuplicates,
                               boolean accountedFor, List<String> reasons) {
    }
}
