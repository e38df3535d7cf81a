package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.server.changelog.ChangeLogRepository;
import be.antwerpen.lom.model.sync.Change;
import be.antwerpen.lom.model.sync.PullResponse;
import be.antwerpen.lom.server.audit.SignedHeadRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.device.DeviceRepository;
import be.antwerpen.lom.server.refusal.Refusal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * Pages of the change log in commit order for a desk's location; the page, the next cursor and the
 * device's reflected sequence come from one snapshot. A page names at most {@code limit} records; a record
 * changed several times within the page's range comes once, with its latest state ({@link LatestChanges}).
 */
public final class PullService {

    public static final int MAX_LIMIT = 1000;

    /**
     * A page's range holds at most this many times the page's records in changes: records changed again and again
     * come once, and the changes read for one page stay bounded.
     */
    static final int SCAN_FACTOR = 4;

    private final Database db;
    private final ChangeLogRepository changeLog;
    private final ReceiptRepository receipts;
    private final DeviceRepository devices;
    private final Clock clock;
    private final SignedHeadRepository signedHeads;

    /** @param signedHeads where the latest signed audit head comes from (ADR 0094: desks keep it as an anchor) */
    public PullService(Database db, ChangeLogRepository changeLog, ReceiptRepository receipts,
                       DeviceRepository devices, Clock clock, SignedHeadRepository signedHeads) {
        this.db = db;
        this.changeLog = changeLog;
        this.receipts = receipts;
        this.devices = devices;
        this.clock = clock;
        this.signedHeads = signedHeads;
    }

    /** A page after {@code cursor}; records that the device has now seen up to the page's cursor. */
    public PullResponse pull(String deviceId, long cursor, int limit) {
        PullResponse response = page(deviceId, cursor, limit);
        db.inTransaction(c -> {
            devices.recordPull(c, deviceId, response.nextCursor());
            return null;
        });
        return response;
    }

    /**
     * Reads the log after {@code cursor} into {@code page}, {@code limit} changes at a time, until the page takes no
     * more or the log ends. Returns whether the log goes on after the page's range.
     */
    private boolean readRange(Connection c, String locationId, String deviceId, long cursor, int limit,
                              LatestChanges page) throws SQLException {
        while (true) {
            List<Change> read = changeLog.after(c, locationId, deviceId, page.lastSequence(cursor), limit + 1);
            for (Change change : read) {
                if (!page.add(change)) {
                    return true;
                }
            }
            if (read.size() <= limit) {
                return false;
            }
        }
    }

    /** A page after {@code cursor}, read from one snapshot without writing anything. */
    public PullResponse page(String deviceId, long cursor, int limit) {
        if (cursor < 0) {
            throw Refusal.invalid("cursor", "cursor must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Refusal.invalid("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return db.inSnapshot(c -> {
            Device device = devices.find(c, deviceId)
                    .orElseThrow(Refusal::unknownDevice);
            long head = changeLog.head(c);
            if (cursor > head) {
                throw new Refusal(Refusal.Kind.GONE, "unknown_cursor",
                        "the cursor is ahead of the server (restored from a backup?); take a fresh snapshot", null);
            }
            LatestChanges page = new LatestChanges(limit, limit * SCAN_FACTOR);
            boolean hasMore = readRange(c, device.locationId(), deviceId, cursor, limit, page);
            long next = hasMore ? page.lastSequence(cursor) : head;
            long reflected = receipts.firstNotReflected(c, deviceId, next).map(s -> s - 1)
                    .orElse(device.lastSequence());
            return new PullResponse(page.latest(), next, hasMore, reflected, clock.instant(),
                    signedHeads.latest(c).orElse(null));
        });
    }
}
