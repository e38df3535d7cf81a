package be.antwerpen.lom.client.rekey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.client.downtime.PackManifest;
import be.antwerpen.lom.client.downtime.RenderedPack;
import be.antwerpen.lom.client.downtime.SerialRange;
import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.client.testing.SettableClock;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.refusal.Refusal;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.PaperPile;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperRekeyingTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    /** Monday 30 November 2026, 09:00 in Brussels; a test may move it on. */
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-30T08:00:00Z"), BRUSSELS);

    @TempDir
    Path dir;

    private PaperDesk paper;
    private Appointment booked;
    private RenderedPack pack;

    @BeforeEach
    void setUp() {
        paper = new PaperDesk(dir, clock);
        paper.lease(new SerialRange("ANT-W", 1, 200));
        booked = paper.book("AB12CD", DAY.atTime(PaperDesk.openTime(DAY)), "Ayşe", "Łukasiewicz");
        pack = paper.generator.generate(DAY, (step, done, total) -> { }).orElseThrow();
        // the forms are entered that evening: a time written on a form may not lie ahead of the desk's clock
        clock.set(DAY.atTime(20, 0).atZone(BRUSSELS).toInstant());
    }

    @AfterEach
    void tearDown() {
        paper.close();
    }

    private List<CommandPayload> outbox() {
        return paper.desk.agenda.outbox().stream().map(OutboxEntry::payload).toList();
    }

    @Test
    void a_scanned_appointment_form_served_on_paper_becomes_check_in_and_served_with_the_paper_time() {
        PaperForm form = paper.lookup.find("LOM1|A|" + booked.id() + "|" + booked.code());
        LocalTime written = PaperDesk.openTime(DAY).plusMinutes(5);

        paper.rekeying.enterAppointment((AppointmentPaperForm) form, PaperOutcome.SERVED, written, "aanvraag ok");

        assertThat(outbox()).containsExactly(new Commands.CheckIn(booked.id(), DAY.atTime(written)),
                new Commands.MarkServed(booked.id(), "aanvraag ok", DAY.atTime(written)));
        assertThat(paper.desk.agenda.day(DAY)).singleElement()
                .satisfies(e -> assertThat(e.appointment().status()).isEqualTo(AppointmentStatus.SERVED));
    }

    @Test
    void a_typed_appointment_code_finds_the_same_form() {
        assertThat(paper.lookup.find("ab12cd")).isEqualTo(new AppointmentPaperForm(booked));
    }

    @Test
    void a_blank_walk_in_form_becomes_a_paper_walk_in_with_its_serial() {
        PackManifest.WalkInEntry blank = pack.manifest().walkInForms().get(0);
        WalkInPaperForm form = (WalkInPaperForm) paper.lookup.find("LOM1|W|" + blank.serial());
        LocalTime written = PaperDesk.openTime(DAY).plusMinutes(20);

        paper.rekeying.enterWalkIn(form, PaperOutcome.SERVED, written, "85073003328", "Nguyễn", "Văn An", null);

        assertThat(blank.serial()).isEqualTo("ANT-W-000001");
        assertThat(outbox()).hasSize(2);
        Commands.RegisterWalkIn walkIn = (Commands.RegisterWalkIn) outbox().get(0);
        assertThat(walkIn.paperSerial()).isEqualTo(blank.serial());
        assertThat(walkIn.ticketNumber()).isEqualTo(blank.serial());
        assertThat(walkIn.origin()).isEqualTo(AppointmentOrigin.PAPER);
        assertThat(walkIn.arrivedAt()).isEqualTo(DAY.atTime(written));
        assertThat(walkIn.productCode()).isEqualTo(blank.productCode());
        assertThat(outbox().get(1)).isEqualTo(new Commands.MarkServed(walkIn.appointmentId(), null, DAY.atTime(written)));
        List<PackManifest.WalkInEntry> ofProduct = pack.manifest().walkInForms().stream()
                .filter(f -> f.productCode().equals(blank.productCode())).toList();
        assertThat(walkIn.paperPile()).as("the run of forms the pack printed for its product (ADR 0159)")
                .isEqualTo(new PaperPile(ofProduct.get(0).serial(), ofProduct.get(ofProduct.size() - 1).serial()));
        PackManifest.WalkInEntry otherProduct = pack.manifest().walkInForms().stream()
                .filter(f -> !f.productCode().equals(blank.productCode())).findFirst().orElseThrow();
        assertThat(((WalkInPaperForm) paper.lookup.find(otherProduct.serial())).pile().first())
                .isEqualTo(otherProduct.serial());
    }

    @Test
    void a_serial_entered_twice_is_refused_and_stores_nothing_more() {
        String serial = pack.manifest().walkInForms().get(1).serial();
        LocalTime written = PaperDesk.openTime(DAY);
        paper.rekeying.enterWalkIn((WalkInPaperForm) paper.lookup.find(serial), PaperOutcome.ARRIVED, written,
                "", "Jan", "Peeters", null);

        assertThatThrownBy(() -> paper.rekeying.enterWalkIn((WalkInPaperForm) paper.lookup.find(serial),
                PaperOutcome.ARRIVED, written, "", "Jan", "Peeters", null))
                .isInstanceOf(RekeyRefusedException.class).hasMessageContaining("entered already")
                .hasMessageContaining(serial);
        assertThat(outbox()).hasSize(1);
    }

    @Test
    void an_invalid_register_number_is_refused_and_nothing_is_stored() {
        WalkInPaperForm form = (WalkInPaperForm) paper.lookup.find(pack.manifest().walkInForms().get(0).serial());

        assertThatThrownBy(() -> paper.rekeying.enterWalkIn(form, PaperOutcome.ARRIVED, PaperDesk.openTime(DAY),
                "85073003329", "Jan", "Peeters", null)).isInstanceOf(RekeyRefusedException.class)
                .hasMessageNotContaining("85073003329");
        assertThat(outbox()).isEmpty();
        assertThat(paper.rekeying.entered(form)).isFalse();
    }

    @Test
    void a_walk_in_form_of_a_later_day_is_refused_as_the_server_would_and_nothing_is_stored() {
        LocalDate thursday = DAY.plusDays(3);
        RenderedPack later = paper.generator.generate(thursday, (step, done, total) -> { }).orElseThrow();
        WalkInPaperForm form = (WalkInPaperForm) paper.lookup.find(later.manifest().walkInForms().get(0).serial());

        assertThatThrownBy(() -> paper.rekeying.enterWalkIn(form, PaperOutcome.SERVED, PaperDesk.openTime(thursday),
                "85073003328", "Jan", "Peeters", null)).isInstanceOf(RekeyRefusedException.class)
                .hasMessageContaining("lies in the future")
                .satisfies(e -> assertThat(((RekeyRefusedException) e).messageKey()).isEqualTo("failure.rekey.timeInFuture"));
        assertThat(outbox()).isEmpty();
        assertThat(paper.rekeying.entered(form)).isFalse();
    }

    @Test
    void a_walk_in_form_of_the_next_day_is_refused_as_the_server_would_and_nothing_is_stored() {
        LocalDate tuesday = DAY.plusDays(1);
        RenderedPack next = paper.generator.generate(tuesday, (step, done, total) -> { }).orElseThrow();
        WalkInPaperForm form = (WalkInPaperForm) paper.lookup.find(next.manifest().walkInForms().get(0).serial());

        assertThatThrownBy(() -> paper.rekeying.enterWalkIn(form, PaperOutcome.ARRIVED, LocalTime.of(9, 0),
                "85073003328", "Jan", "Peeters", null)).isInstanceOf(RekeyRefusedException.class)
                .hasMessageContaining("lies in the future");
        assertThat(outbox()).isEmpty();
    }

    @Test
    void an_appointment_form_with_a_time_ahead_of_the_desks_clock_is_refused_and_nothing_is_stored() {
        AppointmentPaperForm form = (AppointmentPaperForm) paper.lookup.find(booked.code());
        clock.set(DAY.atTime(PaperDesk.openTime(DAY)).atZone(BRUSSELS).toInstant());

        assertThatThrownBy(() -> paper.rekeying.enterAppointment(form, PaperOutcome.SERVED,
                PaperDesk.openTime(DAY).plusMinutes(16), null)).isInstanceOf(RekeyRefusedException.class)
                .satisfies(e -> assertThat(((RekeyRefusedException) e).messageKey())
                        .isEqualTo("failure.rekey.timeInFuture"));
        assertThat(outbox()).isEmpty();
        assertThat(paper.rekeying.entered(form)).isFalse();

        // a quarter of an hour ahead is a wall clock that runs a little fast: it passes, as on the server
        paper.rekeying.enterAppointment(form, PaperOutcome.SERVED, PaperDesk.openTime(DAY).plusMinutes(15), null);
        assertThat(outbox()).hasSize(2);
    }

    @Test
    void a_time_outside_the_opening_hours_of_that_day_is_refused_and_nothing_is_stored() {
        AppointmentPaperForm form = (AppointmentPaperForm) paper.lookup.find(booked.code());

        assertThatThrownBy(() -> paper.rekeying.enterAppointment(form, PaperOutcome.ARRIVED,
                PaperDesk.beforeOpening(DAY), null)).isInstanceOf(RekeyRefusedException.class)
                .hasMessageContaining("outside the opening hours");
        assertThat(outbox()).isEmpty();
    }

    @Test
    void an_unknown_serial_or_code_gets_a_clear_message() {
        assertThatThrownBy(() -> paper.lookup.find("ANT-W-000999")).isInstanceOf(RekeyRefusedException.class)
                .hasMessageContaining("not on a downtime pack");
        assertThatThrownBy(() -> paper.lookup.find("ZZ99ZZ")).isInstanceOf(RekeyRefusedException.class);
        assertThatThrownBy(() -> paper.lookup.find("LOM2|W|ANT-W-000001")).isInstanceOf(RekeyRefusedException.class);
    }

    @Test
    void progress_counts_the_forms_of_each_pack_still_to_enter() {
        int total = pack.manifest().appointments().size() + pack.manifest().walkInForms().size();
        paper.rekeying.enterAppointment((AppointmentPaperForm) paper.lookup.find(booked.code()), PaperOutcome.NO_SHOW,
                PaperDesk.openTime(DAY), null);

        assertThat(paper.progress.perPack()).containsExactly(new PackProgress(DAY, 1, total));
    }

    @Test
    void a_walk_in_form_stays_keyable_after_the_pack_of_a_later_day_is_made_and_older_packs_are_pruned() {
        String serial = pack.manifest().walkInForms().get(0).serial();
        LocalDate wednesday = DAY.plusDays(2);
        clock.set(wednesday.atTime(9, 0).atZone(BRUSSELS).toInstant());
        paper.generator.generate(wednesday, (step, done, total) -> { }).orElseThrow();

        WalkInPaperForm form = (WalkInPaperForm) paper.lookup.find(serial);
        paper.rekeying.enterWalkIn(form, PaperOutcome.SERVED, PaperDesk.openTime(DAY), "85073003328", "Jan",
                "Peeters", null);

        assertThat(form.day()).isEqualTo(DAY);
        Commands.RegisterWalkIn walkIn = (Commands.RegisterWalkIn) outbox().get(0);
        assertThat(walkIn.paperSerial()).isEqualTo(serial);
        assertThat(walkIn.arrivedAt()).isEqualTo(DAY.atTime(PaperDesk.openTime(DAY)));
        assertThat(paper.progress.perPack()).extracting(PackProgress::day).containsExactly(DAY, wednesday);
    }

    /** The server's answer to every command still waiting, as a push records it. */
    private void serverAnswers(OutboxStatus status, String reason) {
        paper.desk.store.database().inTransaction(c -> {
            for (OutboxEntry e : paper.desk.store.outbox().all(c)) {
                if (e.status() == OutboxStatus.PENDING) {
                    paper.desk.store.outbox().settle(c, e.commandId(), status, reason, null);
                }
            }
            return null;
        });
    }

    private static final String TOO_LONG_AGO = Refusal.of("time.tooLongAgo", "arrivedAt lies more than 31 days back",
            "arrivedAt", 31).encode();

    private WalkInPaperForm keyWalkIn(String serial) {
        WalkInPaperForm form = (WalkInPaperForm) paper.lookup.find(serial);
        paper.rekeying.enterWalkIn(form, PaperOutcome.SERVED, PaperDesk.openTime(DAY), "85073003328", "Jan",
                "Peeters", null);
        return form;
    }

    private int formsOf(RenderedPack p) {
        return p.manifest().appointments().size() + p.manifest().walkInForms().size();
    }

    @Test
    void a_walk_in_form_whose_commands_the_server_rejected_is_to_enter_again_and_can_be_keyed_again() {
        String serial = pack.manifest().walkInForms().get(0).serial();
        WalkInPaperForm form = keyWalkIn(serial);

        serverAnswers(OutboxStatus.REJECTED, TOO_LONG_AGO);

        assertThat(paper.rekeying.entered(form)).isFalse();
        assertThat(paper.rekeying.refusal(form)).contains(TOO_LONG_AGO);
        assertThat(paper.progress.perPack()).containsExactly(new PackProgress(DAY, 0, formsOf(pack)));
        assertThat(paper.progress.toEnterAgain()).containsExactly(new FormToEnterAgain(DAY, serial, TOO_LONG_AGO));

        paper.rekeying.enterWalkIn((WalkInPaperForm) paper.lookup.find(serial), PaperOutcome.SERVED,
                PaperDesk.openTime(DAY).plusMinutes(5), "85073003328", "Jan", "Peeters", null);

        assertThat(paper.rekeying.entered(form)).isTrue();
        assertThat(paper.progress.perPack()).containsExactly(new PackProgress(DAY, 1, formsOf(pack)));
        assertThat(paper.progress.toEnterAgain()).isEmpty();
        assertThat(paper.desk.agenda.outbox()).as("the refused commands stay in sight until dismissed")
                .extracting(OutboxEntry::status).containsExactly(OutboxStatus.REJECTED, OutboxStatus.REJECTED,
                        OutboxStatus.PENDING, OutboxStatus.PENDING);
    }

    @Test
    void a_refused_form_stays_to_enter_again_after_its_rejected_commands_are_dismissed() {
        String serial = pack.manifest().walkInForms().get(0).serial();
        WalkInPaperForm form = keyWalkIn(serial);
        serverAnswers(OutboxStatus.REJECTED, TOO_LONG_AGO);

        paper.desk.store.database().inTransaction(c -> {
            for (OutboxEntry e : paper.desk.store.outbox().all(c)) {
                paper.desk.store.outbox().dismiss(c, e.sequence());
            }
            return null;
        });

        assertThat(paper.desk.agenda.outbox()).isEmpty();
        assertThat(paper.rekeying.entered(form)).isFalse();
        assertThat(paper.progress.perPack()).containsExactly(new PackProgress(DAY, 0, formsOf(pack)));
        assertThat(paper.progress.toEnterAgain()).containsExactly(new FormToEnterAgain(DAY, serial, TOO_LONG_AGO));
        keyWalkIn(serial);
        assertThat(paper.rekeying.entered(form)).isTrue();
    }

    @Test
    void a_form_whose_commands_the_server_acknowledged_stays_entered_also_once_they_leave_the_outbox() {
        WalkInPaperForm walkIn = keyWalkIn(pack.manifest().walkInForms().get(0).serial());
        AppointmentPaperForm intake = (AppointmentPaperForm) paper.lookup.find(booked.code());
        paper.rekeying.enterAppointment(intake, PaperOutcome.SERVED, PaperDesk.openTime(DAY), null);

        serverAnswers(OutboxStatus.ACKED, null);
        assertThat(paper.rekeying.entered(walkIn)).isTrue();
        paper.desk.store.database().inTransaction(c -> paper.desk.store.outbox().removeReflected(c, Long.MAX_VALUE));

        assertThat(paper.desk.agenda.outbox()).isEmpty();
        assertThat(paper.rekeying.entered(walkIn)).isTrue();
        assertThat(paper.rekeying.entered(intake)).isTrue();
        assertThat(paper.progress.perPack()).containsExactly(new PackProgress(DAY, 2, formsOf(pack)));
        assertThat(paper.progress.toEnterAgain()).isEmpty();
        assertThatThrownBy(() -> keyWalkIn(walkIn.serial())).isInstanceOf(RekeyRefusedException.class)
                .hasMessageContaining("entered already");
    }

    @Test
    void a_form_entered_before_its_commands_were_recorded_counts_as_entered() {
        String serial = pack.manifest().walkInForms().get(0).serial();
        paper.desk.store.database().inTransaction(c -> {
            paper.forms.insert(c, "W:" + serial, UUID.randomUUID(), clock.instant());
            return null;
        });

        assertThat(paper.rekeying.entered(paper.lookup.find(serial))).isTrue();
        assertThat(paper.progress.perPack()).containsExactly(new PackProgress(DAY, 1, formsOf(pack)));
    }

    @Test
    void the_pack_of_a_refused_form_is_kept_until_the_form_is_entered_again() {
        String serial = pack.manifest().walkInForms().get(0).serial();
        paper.desk.store.database().inTransaction(c -> {
            for (String code : pack.manifest().appointmentCodes()) {
                paper.forms.insert(c, "A:" + code, UUID.randomUUID(), clock.instant());
            }
            for (PackManifest.WalkInEntry w : pack.manifest().walkInForms().subList(1, pack.manifest().walkInForms().size())) {
                paper.forms.insert(c, "W:" + w.serial(), UUID.randomUUID(), clock.instant());
            }
            return null;
        });
        keyWalkIn(serial);
        serverAnswers(OutboxStatus.REJECTED, TOO_LONG_AGO);

        LocalDate thursday = DAY.plusDays(3);
        clock.set(thursday.atTime(9, 0).atZone(BRUSSELS).toInstant());
        paper.generator.generate(thursday, (step, done, total) -> { }).orElseThrow();

        assertThat(paper.folder.forDay("antwerpen", DAY)).as("its refused form is still to enter").isPresent();

        keyWalkIn(serial);
        serverAnswers(OutboxStatus.ACKED, null);
        paper.generator.generate(thursday, (step, done, total) -> { }).orElseThrow();

        assertThat(paper.folder.forDay("antwerpen", DAY)).as("every form entered").isEmpty();
    }

    private void pulled(Appointment changed) {
        paper.desk.store.database().inTransaction(c -> {
            paper.desk.store.appointments().upsert(c, changed);
            return null;
        });
    }

    @Test
    void a_form_served_on_paper_for_an_appointment_cancelled_meanwhile_is_sent_for_the_server_to_record_with_a_conflict() {
        pulled(booked.withStatus(AppointmentStatus.CANCELLED));
        LocalTime written = PaperDesk.openTime(DAY).plusMinutes(5);

        paper.rekeying.enterAppointment((AppointmentPaperForm) paper.lookup.find(booked.code()), PaperOutcome.SERVED,
                written, "aanvraag ok");

        assertThat(outbox()).containsExactly(new Commands.MarkServed(booked.id(), "aanvraag ok", DAY.atTime(written)));
        assertThat(paper.rekeying.entered(new AppointmentPaperForm(booked))).isTrue();
    }

    @Test
    void a_no_show_on_paper_for_an_appointment_the_desk_shows_served_is_sent_for_a_supervisor_to_decide() {
        pulled(booked.withStatus(AppointmentStatus.SERVED));

        paper.rekeying.enterAppointment((AppointmentPaperForm) paper.lookup.find(booked.code()), PaperOutcome.NO_SHOW,
                PaperDesk.openTime(DAY), null);

        assertThat(outbox()).containsExactly(new Commands.MarkNoShow(booked.id(), DAY.atTime(PaperDesk.openTime(DAY))));
    }

    @Test
    void a_form_that_adds_nothing_to_the_agenda_is_refused_and_nothing_is_stored() {
        pulled(booked.withStatus(AppointmentStatus.SERVED));

        assertThatThrownBy(() -> paper.rekeying.enterAppointment((AppointmentPaperForm) paper.lookup.find(booked.code()),
                PaperOutcome.SERVED, PaperDesk.openTime(DAY), null)).isInstanceOf(RekeyRefusedException.class)
                .hasMessageContaining("adds nothing");
        assertThat(outbox()).isEmpty();
    }

    @Test
    void the_paper_time_is_on_the_day_of_the_pack_the_form_was_printed_on_even_when_the_appointment_moved_since() {
        LocalDate thursday = DAY.plusDays(3);
        pulled(new Appointment(booked.id(), booked.code(), booked.locationId(), booked.productCode(),
                thursday.atTime(booked.start().toLocalTime()), thursday.atTime(booked.end().toLocalTime()),
                booked.citizen(), AppointmentStatus.BOOKED, booked.origin(), false, 2));
        LocalTime written = PaperDesk.openTime(DAY);

        AppointmentPaperForm form = (AppointmentPaperForm) paper.lookup.find("LOM1|A|" + booked.id() + "|"
                + booked.code());
        paper.rekeying.enterAppointment(form, PaperOutcome.SERVED, written, null);

        assertThat(form.day()).isEqualTo(DAY);
        assertThat(outbox()).containsExactly(new Commands.CheckIn(booked.id(), DAY.atTime(written)),
                new Commands.MarkServed(booked.id(), null, DAY.atTime(written)));
    }
}
