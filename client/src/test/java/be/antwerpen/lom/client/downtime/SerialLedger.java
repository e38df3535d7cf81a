package be.antwerpen.lom.client.downtime;

import be.antwerpen.lom.model.validation.DomainValidationException;
import be.antwerpen.lom.model.validation.Require;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test oracle: keeps which desk holds which serial ranges and which serials each desk printed, and
 * refuses anything that would let two desks print the same serial.
 *
 * <p>The real leasing happens on the server; this ledger states the rule in one place so tests can
 * check packs against it. A desk may print the same serial again
 * (a regenerated pack reprints its unused blank forms); another desk may not.
 */
public final class SerialLedger {

    private final List<Lease> leases = new ArrayList<>();
    private final Map<String, String> printedBy = new HashMap<>();

    /** Records that a desk holds a range. @throws OverlappingSerialRangeException if any leased range overlaps */
    public void lease(String deskId, SerialRange range) {
        Require.text(deskId, "deskId", 80);
        Require.present(range, "serialRange");
        for (Lease lease : leases) {
            if (lease.range().overlaps(range)) {
                throw new OverlappingSerialRangeException(range, lease.range());
            }
        }
        leases.add(new Lease(deskId, range));
    }

    /**
     * Records serials a desk printed.
     *
     * @throws DomainValidationException when a serial lies outside the desk's ranges or another desk printed it
     */
    public void recordPrinted(String deskId, Collection<String> serials) {
        for (String serial : serials) {
            boolean held = leases.stream().anyMatch(l -> l.deskId().equals(deskId) && l.range().contains(serial));
            if (!held) {
                throw new DomainValidationException("serial", "serial " + serial + " is not in a range this desk holds");
            }
            String earlier = printedBy.get(serial);
            if (earlier != null && !earlier.equals(deskId)) {
                throw new DomainValidationException("serial", "serial " + serial + " was already printed by another desk");
            }
        }
        serials.forEach(serial -> printedBy.put(serial, deskId));
    }

    /** How many distinct serials were recorded as printed. */
    public int printedCount() {
        return printedBy.size();
    }

    private record Lease(String deskId, SerialRange range) {
    }
}
