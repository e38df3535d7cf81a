package be.antwerpen.lom.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.slot.SlotEngine;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.SnapshotResponse;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.testing.Desk;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.SettableClock;
import be.antwerpen.lom.server.wiring.ServerComponents;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk started again from a snapshot after a long outage still gets the appointments of the days whose paper
 * forms it may key: as far back as the server accepts paper (31 days), no further. The window is the service's
 * own date arithmetic, so one engine shows it.
 */
class SnapshotWindowTest {

    @Test
    void a_snapshot_holds_the_appointments_of_the_last_31_days_so_their_paper_forms_can_still_be_keyed(
            @TempDir Path dir) {
        LocalDateTime visit = Fixture.openMorning("antwerpen");
        SettableClock clock = new SettableClock(at(visit.minusHours(2)));
        try (Database db = Database.sqlite(dir.resolve("window.db"))) {
            ServerComponents server = new ServerComponents(db, Fixture.REFERENCE, clock, Fixture.TEST_ITERATIONS,
                    Duration.ofHours(8));
            Fixture.staff(server);
            Desk desk = new Desk(server, "antwerpen", "Loket 1", "agent.antwerpen");
            UUID id = UUID.randomUUID();
            CommandReceipt booked = desk.push(desk.commandAt(clock.instant(), new Commands.Book(id, "OUT-1",
                    "antwerpen", "EID_APPLY", visit, Fixture.citizen("Els", "Wouters"), AppointmentOrigin.COUNTER)))
                    .receipts().get(0);
            assertThat(booked.outcome()).isEqualTo(CommandOutcome.APPLIED);

            clock.set(at(visit.plusDays(20)));
            SnapshotResponse twentyDaysOn = server.snapshot().snapshot(desk.id());
            clock.set(at(visit.plusDays(32)));
            SnapshotResponse thirtyTwoDaysOn = server.snapshot().snapshot(desk.id());

            assertThat(twentyDaysOn.appointments()).as("a form of 20 days ago can still be keyed")
                    .extracting(a -> a.id()).contains(id);
            assertThat(twentyDaysOn.from()).isEqualTo(visit.toLocalDate().plusDays(20).minusDays(31));
            assertThat(twentyDaysOn.occupancy()).as("no seats of past days").noneSatisfy(seat ->
                    assertThat(seat.appointmentId()).isEqualTo(id));
            assertThat(thirtyTwoDaysOn.appointments()).as("beyond what the server accepts on paper")
                    .extracting(a -> a.id()).doesNotContain(id);
        }
    }

    private static Instant at(LocalDateTime wallClock) {
        return wallClock.atZone(SlotEngine.BRUSSELS).toInstant();
    }
}
