package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.server.changelog.ChangeLogRepository;
import be.antwerpen.lom.model.sync.Change;
import be.antwerpen.lom.model.sync.PullResponse;
import be.antwerpen.lom.server.audit.SignedHeadRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.device.DeviceRepository;
import be.antwerpen.lom.server.refusal.Refusal;
import java.time.Clock;
import java.util.List;

/**
 * Pages of the change log in commit order for a desk's location; the page, the next cursor and the
 * device's reflected sequence come from one snapshot. A record changed several times within a page comes
 * once, with its latest state ({@link LatestChanges}).
 */
public final class PullService {

    public static final int MAX_LIMIT = 1000;

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
            List<Change> changes = changeLog.after(c, device.locationId(), deviceId, cursor, limit + 1);
            boolean hasMore = changes.size() > limit;
            List<Change> page = hasMore ? changes.subList(0, limit) : changes;
            long next = hasMore ? page.get(page.size() - 1).sequence() : head;
            long reflected = receipts.firstNotReflected(c, deviceId, next).map(s -> s - 1)
                    .orElse(device.lastSequence());
            return new PullResponse(LatestChanges.of(page), next, hasMore, reflected, clock.instant(),
                    signedHeads.latest(c).orElse(null));
        });
    }
}
