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

    @BeforeEach
    void open() {
        db = Database.sqlite(dir.resolve("paper.db"));
        server = Fixture.components(db);
        Fixture.staff(server);
        desk = new Desk(server, "antwerpen", "Loket 1", "agent.antwerpen");
        start = Fixture.openMorning("antwerpen").plusMinutes(40);
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

        CommandReceipt receipt = desk.push(desk.command(new Commands.CheckIn(id, start.plusDays(1)))).receipts().get(0);

        assertThat(receipt.outcome()).isEqualTo(CommandOutcome.REJECTED);
        assertThat(receipt.reason()).contains("paper form");
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
}
