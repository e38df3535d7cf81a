package be.antwerpen.lom.server.serial;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.server.audit.AuditRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.refusal.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Leases blocks of paper-form serials to desks; blocks of one prefix never overlap. */
public final class SerialLeaseService {

    public static final int DEFAULT_COUNT = 200;
    public static final int MAX_COUNT = 1000;
    /** Serials are printed with six digits. */
    public static final long MAX_NUMBER = 999_999;
    /**
     * The most serials one desk leases in a day: a desk prints some hundreds of blank forms a day, and one desk (a
     * fault, or an attacker with its credentials) could otherwise use up its location's serials in seconds.
     */
    public static final int MAX_PER_DESK_PER_DAY = 2_000;

    private final Database db;
    private final SerialLeaseRepository leases;
    private final SerialPrefixes prefixes;
    private final TimeOrderedUuid ids;
    private final Clock clock;
    private final AuditRepository audit;

    public SerialLeaseService(Database db, SerialLeaseRepository leases, SerialPrefixes prefixes, TimeOrderedUuid ids,
                              Clock clock, AuditRepository audit) {
        this.audit = audit;
        this.db = db;
        this.leases = leases;
        this.prefixes = prefixes;
        this.ids = ids;
        this.clock = clock;
    }

    /** Leases the next free block of {@code count} serials of the device's location, as the system (tools, tests). */
    public SerialLease lease(Device device, int count) {
        return lease(device, count, "system");
    }

    /** Leases the next free block of {@code count} serials of the device's location, for {@code actor} at the desk. */
    public SerialLease lease(Device device, int count, String actor) {
        if (count < 1 || count > MAX_COUNT) {
            throw Refusal.invalid("count", "a lease holds 1 to " + MAX_COUNT + " serials");
        }
        String prefix = prefixes.prefixFor(device.locationId());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return db.inTransaction(c -> {
            // counted after taking the prefix's counter row: two leases of one desk at once are counted one by one
            long first = leases.advance(c, prefix, count);
            long last = first + count - 1;
            if (last > MAX_NUMBER) {
                throw Refusal.conflict("serials_exhausted",
                        "the serial numbers of " + prefix + " are used up; ask an administrator");
            }
            long today = leases.forDevice(c, device.id()).stream()
                    .filter(l -> l.leasedAt().isAfter(now.minus(Duration.ofDays(1))))
                    .mapToLong(l -> l.last() - l.first() + 1).sum();
            if (today + count > MAX_PER_DESK_PER_DAY) {
                throw Refusal.conflict("serials_daily_limit", "this desk leased " + today + " serials in the last"
                        + " 24 hours; at most " + MAX_PER_DESK_PER_DAY + " a day");
            }
            SerialLease lease = new SerialLease(ids.next().toString(), device.id(), device.locationId(), prefix, first,
                    last, now);
            leases.insert(c, lease);
            audit.append(c, new AuditEntry(ids.next().toString(), now, actor, device.id(), "LeaseSerials",
                    "DEVICE", device.id(), device.locationId(), lease.prefix() + " " + first + "-" + last));
            return lease;
        });
    }

    /** The leases the device holds, oldest first. */
    public List<SerialLease> leasesOf(Device device) {
        return db.inSnapshot(c -> leases.forDevice(c, device.id()));
    }
}
