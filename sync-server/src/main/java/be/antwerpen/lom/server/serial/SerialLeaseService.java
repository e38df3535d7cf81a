package be.antwerpen.lom.server.serial;

import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.refusal.Refusal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Leases blocks of paper-form serials to desks; blocks of one prefix never overlap. */
public final class SerialLeaseService {

    public static final int DEFAULT_COUNT = 200;
    public static final int MAX_COUNT = 1000;
    /** Serials are printed with six digits. */
    public static final long MAX_NUMBER = 999_999;

    private final Database db;
    private final SerialLeaseRepository leases;
    private final SerialPrefixes prefixes;
    private final TimeOrderedUuid ids;
    private final Clock clock;

    public SerialLeaseService(Database db, SerialLeaseRepository leases, SerialPrefixes prefixes, TimeOrderedUuid ids,
                              Clock clock) {
        this.db = db;
        this.leases = leases;
        this.prefixes = prefixes;
        this.ids = ids;
        this.clock = clock;
    }

    /** Leases the next free block of {@code count} serials of the device's location. */
    public SerialLease lease(Device device, int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw Refusal.invalid("count", "a lease holds 1 to " + MAX_COUNT + " serials");
        }
        String prefix = prefixes.prefixFor(device.locationId());
        return db.inTransaction(c -> {
            long first = leases.advance(c, prefix, count);
            long last = first + count - 1;
            if (last > MAX_NUMBER) {
                throw Refusal.conflict("serials_exhausted",
                        "the serial numbers of " + prefix + " are used up; ask an administrator");
            }
            SerialLease lease = new SerialLease(ids.next().toString(), device.id(), device.locationId(), prefix, first,
                    last, clock.instant().truncatedTo(ChronoUnit.MILLIS));
            leases.insert(c, lease);
            return lease;
        });
    }

    /** The leases the device holds, oldest first. */
    public List<SerialLease> leasesOf(Device device) {
        return db.inSnapshot(c -> leases.forDevice(c, device.id()));
    }
}
