package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.device.DeviceRepository;
import be.antwerpen.lom.server.refusal.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what each desk reports at every sync (ADR 0095): the last sequence it has handed out, whether
 * sent already or not. The day-end report holds it against the sequences the server received, so a
 * desk whose commands have not arrived makes the day "not add up".
 */
public final class DeskSequenceReports {

    private static final Logger LOG = LoggerFactory.getLogger(DeskSequenceReports.class);

    public static final String FIELD = "deskSequence";
    /** The push body field naming the command under {@link #FIELD}. */
    public static final String COMMAND_FIELD = "deskSequenceCommand";

    private final Database db;
    private final DeviceRepository devices;
    private final Clock clock;

    public DeskSequenceReports(Database db, DeviceRepository devices, Clock clock) {
        this.db = db;
        this.devices = devices;
        this.clock = clock;
    }

    /** Reads {@code deskSequence} of a push body: absent or null is "not reported", anything else must be 0 or more. */
    public static Long fromBody(JsonNode body) {
        JsonNode node = body == null ? null : body.get(FIELD);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0) {
            throw Refusal.invalid(FIELD, FIELD + " must be a whole number of 0 or more");
        }
        return node.asLong();
    }

    /** The command a push names under its {@code deskSequence} (ADR 0162), or null; it must be a command id. */
    public static String commandFromBody(JsonNode body) {
        JsonNode node = body == null ? null : body.get(COMMAND_FIELD);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return UUID.fromString(node.asText()).toString();
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(COMMAND_FIELD, COMMAND_FIELD + " must be a command id");
        }
    }

    /** Reads the {@code deskSequence} query parameter: absent is "not reported", anything else must be 0 or more. */
    public static Long fromQuery(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Refusal.invalid(FIELD, FIELD + " must be a whole number of 0 or more");
    }

    /** Stores the desk's report, made now; nothing when it did not report. */
    public void record(String deviceId, Long sequence) {
        record(deviceId, sequence, clock.instant());
    }

    /**
     * Stores the desk's report of a request that arrived at {@code arrivedAt}; nothing when it did not report, or
     * when a report of a request that arrived later is stored already.
     */
    public void record(String deviceId, Long sequence, Instant arrivedAt) {
        record(deviceId, sequence, arrivedAt, null);
    }

    /**
     * As {@link #record(String, Long, Instant)}, from the desk process {@code instance} (its {@code X-Desk-Instance},
     * or null): a later process of the desk that reports less than an earlier one did, while the commands in
     * between never arrived, is a desk back from an earlier state, and the loss is kept for the day-end report
     * (ADR 0162).
     */
    public void record(String deviceId, Long sequence, Instant arrivedAt, String instance) {
        if (sequence == null) {
            return;
        }
        String process = DeskInstances.idOf(instance); // a header that is no instance id: the call was refused already
        boolean cameBack = db.inTransaction(c -> {
            devices.recordReportedSequence(c, deviceId, sequence, arrivedAt.toEpochMilli());
            return devices.recordHighestReported(c, deviceId, sequence, process, arrivedAt.toEpochMilli(),
                    UUID.randomUUID().toString());
        });
        if (cameBack) {
            LOG.warn("desk {} came back from an earlier state: it reports sequence {}, below what it reported before"
                    + " and the server never received; the day-end report counts the loss", deviceId, sequence);
        }
    }

    /**
     * Keeps the command a push named under its {@code deskSequence} (ADR 0162), once the push was applied: while the
     * server has not received that sequence, another command arriving under it shows a desk back from an earlier
     * state. Nothing when the push named none.
     */
    public void recordNamedCommand(String deviceId, Long sequence, String command, Instant arrivedAt) {
        if (sequence == null || command == null) {
            return;
        }
        db.inTransaction(c -> {
            devices.recordReportedCommand(c, deviceId, sequence, command, arrivedAt.toEpochMilli());
            return null;
        });
    }

    /** When a request arrived: read first, before its body. */
    public Instant arrival() {
        return clock.instant();
    }
}
