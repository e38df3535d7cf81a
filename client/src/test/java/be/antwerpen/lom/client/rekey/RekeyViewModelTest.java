package be.antwerpen.lom.client.rekey;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.downtime.RenderedPack;
import be.antwerpen.lom.client.downtime.SerialRange;
import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.rekey.RekeyViewModel;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.refusal.Refusal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RekeyViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneId.of("Europe/Brussels"));
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    private PaperDesk paper;
    private Appointment booked;
    private RenderedPack pack;
    private RekeyViewModel model;

    @BeforeEach
    void setUp() {
        paper = new PaperDesk(dir, CLOCK);
        paper.lease(new SerialRange("ANT-W", 1, 200));
        booked = paper.book("QW34ER", DAY.atTime(PaperDesk.openTime(DAY)), "Marta", "Żółkiewska");
        pack = paper.generator.generate(DAY, (step, done, total) -> { }).orElseThrow();
        model = new RekeyViewModel(paper.lookup, paper.rekeying, paper.progress,
                new BackgroundTasks(Runnable::run, Runnable::run), new Messages(Messages.ENGLISH));
        model.reload();
    }

    @AfterEach
    void tearDown() {
        paper.close();
    }

    private String time(int minutesAfterOpening) {
        return PaperDesk.openTime(DAY).plusMinutes(minutesAfterOpening).toString();
    }

    @Test
    void scanning_an_appointment_form_and_entering_served_stores_it_and_updates_progress() {
        int total = pack.manifest().appointments().size() + pack.manifest().walkInForms().size();
        model.scan("LOM1|A|" + booked.id() + "|" + booked.code());
        assertThat(model.form()).contains(new AppointmentPaperForm(booked));

        model.enterAppointment(PaperOutcome.SERVED, time(10).replace(':', '.'), "ok");

        assertThat(model.isError()).isFalse();
        assertThat(model.message()).contains("QW34ER");
        assertThat(model.form()).isEmpty();
        assertThat(model.progress()).containsExactly(new PackProgress(DAY, 1, total));
        assertThat(paper.desk.agenda.outbox()).hasSize(2);
    }

    @Test
    void scanning_a_form_that_was_entered_already_is_refused_with_a_clear_message() {
        String serial = pack.manifest().walkInForms().get(0).serial();
        model.scan(serial);
        model.enterWalkIn(PaperOutcome.ARRIVED, time(0), "", "Jan", "Peeters", null);

        model.scan("LOM1|W|" + serial);

        assertThat(model.isError()).isTrue();
        assertThat(model.message()).contains("entered already").contains(serial);
        assertThat(model.form()).isEmpty();
    }

    @Test
    void an_unreadable_time_or_invalid_register_number_shows_a_message_and_stores_nothing() {
        model.scan(pack.manifest().walkInForms().get(0).serial());

        model.enterWalkIn(PaperOutcome.ARRIVED, "half elf", "", "Jan", "Peeters", null);
        assertThat(model.isError()).isTrue();
        assertThat(model.message()).contains("HH:MM");

        model.enterWalkIn(PaperOutcome.ARRIVED, time(0), "12345678901", "Jan", "Peeters", null);
        assertThat(model.isError()).isTrue();
        assertThat(model.message()).startsWith("Not stored");
        assertThat(paper.desk.agenda.outbox()).isEmpty();
        assertThat(model.form()).as("the form stays open for correction").isPresent();
    }

    @Test
    void a_form_the_server_refused_is_listed_to_enter_again_with_the_reason_and_scanning_it_opens_it_again() {
        int total = pack.manifest().appointments().size() + pack.manifest().walkInForms().size();
        String serial = pack.manifest().walkInForms().get(0).serial();
        model.scan(serial);
        model.enterWalkIn(PaperOutcome.ARRIVED, time(0), "", "Jan", "Peeters", null);
        paper.desk.store.database().inTransaction(c -> {
            for (OutboxEntry e : paper.desk.store.outbox().all(c)) {
                paper.desk.store.outbox().settle(c, e.commandId(), OutboxStatus.REJECTED, Refusal.of("time.tooLongAgo",
                        "arrivedAt lies more than 31 days back", "arrivedAt", 31).encode(), null);
            }
            return null;
        });

        model.reload();

        assertThat(model.progress()).containsExactly(new PackProgress(DAY, 0, total));
        assertThat(model.toEnterAgain()).containsExactly("30/11/2026: form " + serial
                + " to enter again, the server refused it: The arrival time lies more than 31 days back.");

        model.scan("LOM1|W|" + serial);

        assertThat(model.isError()).isFalse();
        assertThat(model.message()).startsWith("The server refused form " + serial
                + ": The arrival time lies more than 31 days back. Enter it again.");
        assertThat(model.form()).isPresent();

        model.enterWalkIn(PaperOutcome.ARRIVED, time(5), "", "Jan", "Peeters", null);

        assertThat(model.isError()).isFalse();
        assertThat(model.toEnterAgain()).isEmpty();
        assertThat(model.progress()).containsExactly(new PackProgress(DAY, 1, total));
    }
}
