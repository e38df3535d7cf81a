package be.antwerpen.lom.server.command;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.testing.Desk;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.SettableClock;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands re-keyed from paper: accepted with their paper time and serial, which the audit line keeps. */
class PaperCommandsOnSqliteTest {

    @TempDir
    Path dir;

    private Database db;
    private ServerComponents server;
    private Desk desk;
    private LocalDateTime start;
    private SettableClock clock;

    @BeforeEach
    void open() {
        db = Database.sqlite(dir.resolve("paper.db"));
        LocalDateTime morning = Fixture.openMorning("antwerpen");
        // the server's clock on the day of the visit: a paper time is the time of something that happened
        clock = new SettableClock(morning.withHour(8).withMinute(0).atZone(java.time.ZoneId.of("Europe/Brussels"))
                .toInstant());
        server = new ServerComponents(db, Fixture.REFERENCE, clock, Fixture.TEST_ITERATIONS,
                java.time.Duration.ofHours(8));
        Fixture.staff(server);
        desk = new Desk(server, "antwerpen", "Loket 1", "agent.antwerpen");
        start = Fixture.openMorning("antwerpen").plusMinutes(40);
        // the forms this desk printed: ANT-W-000001 to 000010
        server.serialLeases().lease(device(desk), 10);
    }

    private be.antwerpen.lom.server.device.Device device(Desk of) {
        return db.inTransaction(c -> server.devices().find(c, of.id())).orElseThrow();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private UUID book() {
        UUID id = UUID.randomUUID();
        CommandReceipt receipt = desk.push(desk.command(new Commands.Book(id, "PAPR" + id.toString().substring(0, 4),
                "antwerpen", "EID_APPLY", start, Fixture.citizen("Ana", "Peeters"), AppointmentOrigin.COUNTER)))
                .receipts().get(0);
        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.APPLIED);
        return id;
    }

    private Appointment stored(UUID id) {
        return db.inTransaction(c -> server.appointments().find(c, id)).orElseThrow().appointment();
    }

    private List<AuditEntry> audit(UUID id) {
        return db.inTransaction(c -> server.audit().search(c, null, null, null, List.of(id.toString()), null, null, 50));
    }

    @Test
    void served_on_paper_is_applied_and_the_audit_keeps_the_paper_time() {
        UUID id = book();
        LocalDateTime paperTime = start.plusMinutes(5);
        clock.set(start.plusHours(2).atZone(java.time.ZoneId.of("Europe/Brussels")).toInstant()); // keyed after the visit

        List<CommandReceipt> receipts = desk.push(desk.command(new Commands.CheckIn(id, paperTime)),
                desk.command(new Commands.MarkServed(id, "ok", paperTime))).receipts();

        assertThat(receipts).extracting(CommandReceipt::outcome).containsOnly(CommandOutcome.APPLIED);
        assertThat(stored(id).status()).isEqualTo(AppointmentStatus.SERVED);
        assertThat(audit(id)).filteredOn(e -> e.action().equals("MarkServed")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("[paper " + paperTime + "]"));
    }

    @Test
    void a_paper_time_on_another_day_is_rejected_and_changes_nothing() {
        UUID id = book();

        CommandReceipt receipt = desk.push(desk.command(new Commands.CheckIn(id, start.minusDays(1)))).receipts().get(0);

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.REJECTED);
        assertThat(receipt.reason()).contains("paper form");
        assertThat(stored(id).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void a_paper_time_in_the_future_or_over_a_month_back_is_refused_like_any_time_of_something_that_happened() {
        UUID id = book();
        // keyed the evening before, from the pack of the next day
        clock.set(start.minusDays(1).withHour(18).atZone(java.time.ZoneId.of("Europe/Brussels")).toInstant());
        CommandReceipt ahead = desk.push(desk.command(new Commands.MarkNoShow(id, start.plusMinutes(5))))
                .receipts().get(0);
        clock.set(clock.instant().plus(java.time.Duration.ofDays(45)));
        // (the margin of a wall clock: a time a few minutes ahead of the server's is not refused)
        CommandReceipt longAgo = desk.push(desk.command(new Commands.MarkServed(id, "ok", start.plusMinutes(5))))
                .receipts().get(0);

        assertThat(ahead.reasonCode()).isEqualTo("time.future");
        assertThat(longAgo.reasonCode()).isEqualTo("time.tooLongAgo");
        assertThat(stored(id).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void a_paper_walk_in_is_registered_with_its_serial_and_one_without_a_serial_is_rejected() {
        UUID withSerial = UUID.randomUUID();
        UUID without = UUID.randomUUID();

        LocalDateTime arrived = LocalDateTime.now(java.time.ZoneId.of("Europe/Brussels")).withSecond(0).withNano(0)
                .minusHours(1);

        List<CommandReceipt> receipts = desk.push(
                desk.command(new Commands.RegisterWalkIn(withSerial, "ANT-W-000007", "antwerpen", "EID_APPLY", arrived,
                        Fixture.citizen("Jan", "Claes"), AppointmentOrigin.PAPER, "ANT-W-000007")),
                desk.command(new Commands.RegisterWalkIn(without, "L1-0001", "antwerpen", "EID_APPLY", arrived,
                        Fixture.citizen("Jan", "Claes"), AppointmentOrigin.PAPER, null))).receipts();

        assertThat(receipts.get(0).outcome()).isEqualTo(CommandOutcome.APPLIED);
        assertThat(stored(withSerial).origin()).isEqualTo(AppointmentOrigin.PAPER);
        assertThat(stored(withSerial).code()).isEqualTo("ANT-W-000007");
        assertThat(audit(withSerial)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("serial ANT-W-000007"));
        assertThat(receipts.get(1).outcome()).isEqualTo(CommandOutcome.REJECTED);
        assertThat(db.inTransaction(c -> server.appointments().find(c, without)).isPresent()).isFalse();
    }

    @Test
    void a_paper_walk_in_written_over_a_quarter_of_an_hour_ahead_is_refused_as_its_served_step_would_be() {
        LocalDateTime serverNow = LocalDateTime.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Brussels"));
        UUID ahead = UUID.randomUUID();
        UUID fromDesk = UUID.randomUUID();
        UUID margin = UUID.randomUUID();

        List<CommandReceipt> receipts = desk.push(
                desk.command(new Commands.RegisterWalkIn(ahead, "ANT-W-000001", "antwerpen", "EID_APPLY",
                        serverNow.plusMinutes(16), Fixture.citizen("Jan", "Claes"), AppointmentOrigin.PAPER,
                        "ANT-W-000001")),
                // a desk's own clock may run ahead up to a day (ADR 0029): its walk-in is not written on paper
                desk.command(new Commands.RegisterWalkIn(fromDesk, "L1-0001", "antwerpen", "EID_APPLY",
                        serverNow.plusMinutes(16), Fixture.citizen("Jan", "Claes"), AppointmentOrigin.WALK_IN, null)),
                desk.command(new Commands.RegisterWalkIn(margin, "ANT-W-000002", "antwerpen", "EID_APPLY",
                        serverNow.plusMinutes(15), Fixture.citizen("An", "Peeters"), AppointmentOrigin.PAPER,
                        "ANT-W-000002"))).receipts();

        assertThat(receipts).extracting(CommandReceipt::outcome).containsExactly(CommandOutcome.REJECTED,
                CommandOutcome.APPLIED, CommandOutcome.APPLIED);
        assertThat(receipts.get(0).reasonCode()).isEqualTo("time.future");
        assertThat(db.inTransaction(c -> server.appointments().find(c, ahead)).isPresent()).isFalse();

        // a walk-in that names a form's serial is written on paper whatever origin it claims, or none
        UUID unmarked = UUID.randomUUID();
        CommandReceipt withoutOrigin = desk.push(desk.command(new Commands.RegisterWalkIn(unmarked, "ANT-W-000003",
                "antwerpen", "EID_APPLY", serverNow.plusHours(17), Fixture.citizen("Jan", "Claes"), null,
                "ANT-W-000003"))).receipts().get(0);
        assertThat(withoutOrigin.reasonCode()).isEqualTo("time.future");
        assertThat(db.inTransaction(c -> server.appointments().find(c, unmarked)).isPresent()).isFalse();
    }

    @Test
    void a_paper_walk_in_naming_a_serial_not_printed_for_its_location_is_refused_and_leaves_that_form_to_its_owner() {
        Desk deurne = new Desk(server, "deurne", "Loket D", "agent.deurne");
        var deurneForms = server.serialLeases().lease(device(deurne), 5);
        String theirs = be.antwerpen.lom.server.serial.PaperSerial.printed(deurneForms.prefix(), deurneForms.first());
        LocalDateTime arrived = LocalDateTime.now(java.time.ZoneId.of("Europe/Brussels")).withSecond(0).withNano(0)
                .minusHours(1);

        List<CommandReceipt> here = desk.push(
                desk.command(new Commands.RegisterWalkIn(UUID.randomUUID(), "X-1", "antwerpen", "EID_APPLY", arrived,
                        Fixture.citizen("Jan", "Claes"), AppointmentOrigin.PAPER, theirs)),
                // of its own series but leased by no desk: after a restore from a backup older than the lease, the
                // forms printed from it are real
                desk.command(new Commands.RegisterWalkIn(UUID.randomUUID(), "X-2", "antwerpen", "EID_APPLY", arrived,
                        Fixture.citizen("Jan", "Claes"), AppointmentOrigin.PAPER, "ANT-W-000999"))).receipts();
        CommandReceipt atDeurne = deurne.push(deurne.command(new Commands.RegisterWalkIn(UUID.randomUUID(), theirs,
                "deurne", "EID_APPLY", arrived, Fixture.citizen("An", "Peeters"), AppointmentOrigin.PAPER, theirs)))
                .receipts().get(0);

        assertThat(here.get(0).outcome()).isEqualTo(CommandOutcome.REJECTED);
        assertThat(here.get(0).reasonCode()).isEqualTo("paper.serialNotLeasedHere");
        assertThat(here.get(1).outcome()).isEqualTo(CommandOutcome.APPLIED);
        // another location's series with no lease of it known (a restored server), or a mistyped series: refused
        List<CommandReceipt> foreign = desk.push(
                desk.command(new Commands.RegisterWalkIn(UUID.randomUUID(), "X-3", "antwerpen", "EID_APPLY", arrived,
                        Fixture.citizen("Jan", "Claes"), AppointmentOrigin.PAPER, "WIL-W-000050")),
                desk.command(new Commands.RegisterWalkIn(UUID.randomUUID(), "X-4", "antwerpen", "EID_APPLY", arrived,
                        Fixture.citizen("Jan", "Claes"), AppointmentOrigin.PAPER, "ANT-M-000050"))).receipts();
        assertThat(foreign).extracting(CommandReceipt::reasonCode).containsOnly("paper.serialNotLeasedHere");
        assertThat(atDeurne.outcome()).as("the form is still Deurne's to enter").isEqualTo(CommandOutcome.APPLIED);
    }
}
