package be.antwerpen.lom.client.downtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.validation.DomainValidationException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SerialLedgerTest {

    @TempDir
    Path dataDir;

    @BeforeAll
    static void quiet() {
        QuietPdfBoxLogging.apply();
    }

    @Test
    void two_desks_with_disjoint_ranges_never_print_the_same_serial() {
        SerialLedger ledger = new SerialLedger();
        SerialRange deskOne = new SerialRange("ANT1-W", 101, 130);
        SerialRange deskTwo = new SerialRange("ANT1-W", 131, 160);
        ledger.lease("Loket 1", deskOne);
        ledger.lease("Loket 2", deskTwo);
        DowntimePackRenderer renderer = DowntimePackRenderer.withEmbeddedFonts();
        List<String> walkIn = List.of("EID_APPLY", "ADDRESS_CHANGE", "CERTIFICATE");

        PackManifest one = renderer.render(PackTestData.request(PackTestData.day(1), deskOne, walkIn, 10),
                dataDir.resolve("desk-1")).manifest();
        PackManifest two = renderer.render(PackTestData.request(PackTestData.day(1), deskTwo, walkIn, 10),
                dataDir.resolve("desk-2")).manifest();
        ledger.recordPrinted("Loket 1", one.serialsIssued());
        ledger.recordPrinted("Loket 2", two.serialsIssued());

        Set<String> shared = new HashSet<>(one.serialsIssued());
        shared.retainAll(two.serialsIssued());
        assertThat(shared).isEmpty();
        assertThat(ledger.printedCount()).isEqualTo(60);
        assertThat(one.serialsIssued()).allMatch(deskOne::contains);
        assertThat(two.serialsIssued()).allMatch(deskTwo::contains);
    }

    @Test
    void a_range_overlapping_a_leased_one_is_refused() {
        SerialLedger ledger = new SerialLedger();
        ledger.lease("Loket 1", new SerialRange("ANT1-W", 101, 200));

        assertThatThrownBy(() -> ledger.lease("Loket 2", new SerialRange("ANT1-W", 150, 250)))
                .isInstanceOf(OverlappingSerialRangeException.class)
                .hasMessageContaining("ANT1-W-000150 .. ANT1-W-000250 overlaps the leased range ANT1-W-000101 .. ANT1-W-000200");
        assertThatThrownBy(() -> ledger.lease("Loket 1", new SerialRange("ANT1-W", 200, 200)))
                .isInstanceOf(OverlappingSerialRangeException.class);
        ledger.lease("Loket 2", new SerialRange("ANT1-W", 201, 300));
    }

    @Test
    void a_serial_printed_by_another_desk_or_outside_the_lease_is_refused() {
        SerialLedger ledger = new SerialLedger();
        ledger.lease("Loket 1", new SerialRange("ANT1-W", 101, 200));
        ledger.lease("Loket 2", new SerialRange("ANT1-W", 201, 300));
        ledger.recordPrinted("Loket 1", List.of("ANT1-W-000101"));

        ledger.recordPrinted("Loket 1", List.of("ANT1-W-000101"));
        assertThatThrownBy(() -> ledger.recordPrinted("Loket 2", List.of("ANT1-W-000101")))
                .isInstanceOf(DomainValidationException.class)
                .hasMessageContaining("not in a range this desk holds");
        assertThatThrownBy(() -> ledger.recordPrinted("Loket 3", List.of("ANT1-W-000250")))
                .isInstanceOf(DomainValidationException.class);
        assertThat(ledger.printedCount()).isEqualTo(1);
    }
}
