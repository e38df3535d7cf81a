package be.antwerpen.lom.server.report;

import be.antwerpen.lom.model.report.ReconciliationReport;
import be.antwerpen.lom.server.serial.PaperSerial;
import be.antwerpen.lom.server.serial.SerialLease;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Paper forms printed versus re-keyed for a location's day (ADR 0093, 0159). A day's pack prints one pile of
 * consecutive serials per product, and forms leave a pile in serial order. So within the pile a form of the day
 * came from, every serial below the highest one re-keyed was handed out: one that was not re-keyed is missing. The
 * desk names the pile with the walk-in; for a form keyed without one, the pile is taken to run between the day's
 * lowest and highest re-keyed forms of its product. Serials of other products' piles, and of the piles of days
 * without an outage, are never missing.
 *
 * <p>A range concerns the day when it was leased before the day ended and either holds a serial whose
 * form is dated that day or is the newest range its desk had then. Its {@code rekeyed} and highest
 * serial count the forms dated up to and including the day; its missing serials are those of the piles the day's
 * forms came from; a serial re-keyed at any time is not missing.
 */
final class PaperFormTally {

    private final ReconciliationRepository repository;

    PaperFormTally(ReconciliationRepository repository) {
        this.repository = repository;
    }

    ReconciliationReport.PaperForms tally(Connection c, String locationId, LocalDate day, Instant dayEnd,
                                          Map<String, String> deskNames) throws SQLException {
        List<SerialLease> leases = repository.leases(c, locationId, dayEnd);
        Map<String, SerialLease> newestPerDesk = new HashMap<>();
        for (SerialLease lease : leases) {
            newestPerDesk.put(lease.deviceId(), lease);
        }
        List<PaperSerial> ofDay = repository.serialsOfDay(c, locationId, day);
        List<ReconciliationReport.SerialRangeLine> ranges = new ArrayList<>();
        for (SerialLease lease : leases) {
            boolean holdsOneOfDay = ofDay.stream().anyMatch(s -> s.prefix().equals(lease.prefix())
                    && s.number() >= lease.first() && s.number() <= lease.last());
            if (!holdsOneOfDay && newestPerDesk.get(lease.deviceId()) != lease) {
                continue;
            }
            ranges.add(range(c, lease, day, deskNames));
        }
        // printed serials of one prefix sort by number: the numbers have a fixed width
        List<String> missing = ranges.stream().flatMap(r -> r.missing().stream()).sorted().toList();
        return new ReconciliationReport.PaperForms(true, null, ranges, repository.formsOfDay(c, locationId, day),
                missing);
    }

    private ReconciliationReport.SerialRangeLine range(Connection c, SerialLease lease, LocalDate day,
                                                        Map<String, String> deskNames) throws SQLException {
        Set<Long> everRekeyed = new HashSet<>();
        Map<String, long[]> pilesOfDay = new LinkedHashMap<>();
        int rekeyed = 0;
        long highest = -1;
        for (ReconciliationRepository.RekeyedNumber n : repository.rekeyed(c, lease.prefix(), lease.first(),
                lease.last())) {
            everRekeyed.add(n.number());
            if (!n.day().isAfter(day)) {
                rekeyed++;
                highest = Math.max(highest, n.number());
            }
            if (n.day().equals(day)) {
                // from, highest: a named pile from its first serial, otherwise the product's lowest form of the day
                boolean named = n.pileFirst() != null && n.pileLast() != null;
                long[] pile = pilesOfDay.computeIfAbsent(named ? "pile " + n.pileFirst() + "-" + n.pileLast()
                        : "product " + n.productCode(), k -> new long[] {named ? n.pileFirst() : n.number(), -1});
                pile[1] = Math.max(pile[1], n.number());
            }
        }
        // printed serials of one prefix sort by number (fixed width); a serial in two piles' spans is listed once
        java.util.SortedSet<String> missing = new java.util.TreeSet<>();
        for (long[] pile : pilesOfDay.values()) {
            for (long number = Math.max(pile[0], lease.first()); number < pile[1]; number++) {
                if (!everRekeyed.contains(number)) {
                    missing.add(PaperSerial.printed(lease.prefix(), number));
                }
            }
        }
        return new ReconciliationReport.SerialRangeLine(lease.deviceId(),
                deskNames.getOrDefault(lease.deviceId(), lease.deviceId()),
                PaperSerial.printed(lease.prefix(), lease.first()), PaperSerial.printed(lease.prefix(), lease.last()),
                lease.leasedAt(), rekeyed, highest < 0 ? null : PaperSerial.printed(lease.prefix(), highest),
                List.copyOf(missing));
    }
}
