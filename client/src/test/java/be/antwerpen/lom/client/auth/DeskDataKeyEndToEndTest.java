package be.antwerpen.lom.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.store.OutboxEntry;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.client.store.PersonalDataLockedException;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.model.api.BookingRequest;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who can open a desk's sealed data, and what happens to it when a colleague without a copy of the
 * key arrives, when unsent commands are sealed, when a grace period ends and when the key is lost
 * (ADR 0045). Real server over HTTP, the desk's real wiring.
 */
class DeskDataKeyEndToEndTest {

    private static final String COLLEAGUE = "agent2.antwerpen";
    private static final String COLLEAGUE_PASSWORD = "another correct horse";

    @TempDir
    Path serverDir;
    @TempDir
    Path deskDir;

    private final Clock clock = Clock.system(ZoneId.of("Europe/Brussels"));
    private RealServer server;
    private ScheduledExecutorService scheduler;
    private DeskServices desk;
    private Appointment booked;

    @BeforeEach
    void start() throws Exception {
        server = new RealServer(serverDir);
        server.components.staffAdministration().create(COLLEAGUE, "Tweede Agent", StaffRole.AGENT, Set.of("antwerpen"),
                COLLEAGUE_PASSWORD, true, "e2e");
        server.start();
        scheduler = DeskAssembly.syncScheduler();
        desk = open(Duration.ofHours(72));
        desk.enrollment().enroll(server.url(), RealServer.ENROLL_CODE, "e2e-desk");
        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        desk.sync().syncOnce();
        Slot slot = desk.booking().proximity("antwerpen", "EID_APPLY", 14).get(0);
        booked = server.components.webAppointments().book(
                new StaffMember(RealServer.AGENT, "Agent Antwerpen", StaffRole.AGENT, Set.of("antwerpen")),
                new BookingRequest("antwerpen", "EID_APPLY", slot.start(), TestAppointments.citizen("Ilse", "Verbiest")));
        desk.sync().syncOnce();
        assertThat(familyNames(booked.start().toLocalDate())).contains("Verbiest");
    }

    private DeskServices open(Duration grace) {
        DeskServices opened = DeskAssembly.build(new ClientOptions(server.url(), null, deskDir, null, "", "nl",
                grace, Duration.ZERO), clock, scheduler, 1_000);
        opened.sync().stop();
        return opened;
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        desk.close();
        server.close();
    }

    @Test
    void after_a_shift_change_online_both_colleagues_can_log_in_offline_and_open_the_data() {
        int key = currentKey();
        desk.login().logout();
        desk.login().login(COLLEAGUE, COLLEAGUE_PASSWORD.toCharArray());
        assertThat(familyNames(booked.start().toLocalDate())).as("no start-over: the data is still here")
                .contains("Verbiest");
        desk.login().logout();
        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        desk.login().logout();
        desk.login().login(COLLEAGUE, COLLEAGUE_PASSWORD.toCharArray());
        desk.login().logout();
        server.stop();

        assertThat(desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray()).offline()).isTrue();
        assertThat(familyNames(booked.start().toLocalDate())).contains("Verbiest");
        desk.login().logout();
        assertThat(desk.login().login(COLLEAGUE, COLLEAGUE_PASSWORD.toCharArray()).offline()).isTrue();
        assertThat(familyNames(booked.start().toLocalDate())).contains("Verbiest");
        assertThat(currentKey()).as("the desk never started over").isEqualTo(key);
    }

    @Test
    void a_desk_from_before_the_escrow_escrows_its_key_at_the_next_online_login_of_someone_who_holds_it() {
        int key = currentKey();
        desk.login().logout();
        forgetEscrowedCopy();

        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        desk.login().logout();
        desk.login().login(COLLEAGUE, COLLEAGUE_PASSWORD.toCharArray());

        assertThat(familyNames(booked.start().toLocalDate())).contains("Verbiest");
        assertThat(currentKey()).isEqualTo(key);
    }

    @Test
    void with_neither_a_copy_nor_the_escrow_a_colleague_online_starts_over_with_a_snapshot() {
        desk.login().logout();
        forgetEscrowedCopy();

        desk.login().login(COLLEAGUE, COLLEAGUE_PASSWORD.toCharArray());
        assertThat(familyNames(booked.start().toLocalDate())).doesNotContain("Verbiest");
        desk.sync().syncOnce();

        assertThat(familyNames(booked.start().toLocalDate())).contains("Verbiest");
        desk.login().logout();
        server.stop();
        assertThatThrownBy(() -> desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(LoginRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(LoginRefusal.OFFLINE_NO_DATA_KEY));
        assertThat(desk.login().someoneLoggedIn()).isFalse();
        desk.login().login(COLLEAGUE, COLLEAGUE_PASSWORD.toCharArray());
        assertThat(familyNames(booked.start().toLocalDate())).contains("Verbiest");
    }

    @Test
    void a_colleague_online_gets_a_copy_from_the_escrow_and_sends_the_unsent_commands() {
        int key = currentKey();
        server.stop();
        Slot slot = desk.booking().proximity("antwerpen", "EID_APPLY", 14).get(2);
        desk.booking().book("antwerpen", "EID_APPLY", slot.start(), TestAppointments.citizen("Noor", "Aerts"));
        desk.login().logout();
        server.start();

        desk.login().login(COLLEAGUE, COLLEAGUE_PASSWORD.toCharArray());
        assertThat(pending()).isEqualTo(1);
        assertThat(desk.agenda().outbox()).singleElement().satisfies(e -> assertThat(e.readable()).isTrue());
        desk.sync().syncOnce();
        assertThat(pending()).isZero();
        assertThat(familyNames(slot.start().toLocalDate())).contains("Aerts");
        assertThat(currentKey()).isEqualTo(key);
    }

    @Test
    void unsent_commands_are_never_discarded_a_colleague_who_holds_the_key_sends_them_first() {
        server.stop();
        Slot slot = desk.booking().proximity("antwerpen", "EID_APPLY", 14).get(2);
        desk.booking().book("antwerpen", "EID_APPLY", slot.start(), TestAppointments.citizen("Noor", "Aerts"));
        leaveWithoutAnEscrowedCopyAndComeOnline();

        assertColleagueRefusedWhileTheKeyIsWithSomeoneElse();
        assertThat(pending()).isEqualTo(1);
        assertThat(desk.login().someoneLoggedIn()).isFalse();

        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        desk.sync().syncOnce();
        assertThat(pending()).isZero();
        assertThat(familyNames(slot.start().toLocalDate())).contains("Aerts");
        desk.login().logout();

        desk.login().login(COLLEAGUE, COLLEAGUE_PASSWORD.toCharArray());
        desk.sync().syncOnce();
        assertThat(familyNames(slot.start().toLocalDate())).contains("Aerts");
    }

    @Test
    void a_refused_booking_the_only_copy_of_its_citizen_is_never_discarded_by_starting_over_with_a_new_key() {
        server.stop();
        Slot slot = desk.booking().proximity("antwerpen", "EID_APPLY", 14).get(3);
        desk.booking().book("antwerpen", "EID_APPLY", slot.start(), TestAppointments.citizen("Noor", "Aerts"));
        // the server's answer at the next sync: refused (the server keeps no personal data of a refused command)
        desk.store().database().inTransaction(c -> {
            for (OutboxEntry e : desk.store().outbox().all(c)) {
                desk.store().outbox().settle(c, e.commandId(), OutboxStatus.REJECTED, "refused", null);
            }
            return null;
        });
        leaveWithoutAnEscrowedCopyAndComeOnline();

        assertColleagueRefusedWhileTheKeyIsWithSomeoneElse();
        int refused = desk.store().database().inTransaction(c -> desk.store().outbox().count(c, OutboxStatus.REJECTED));
        assertThat(refused).isEqualTo(1);

        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        assertThat(desk.agenda().outbox()).singleElement().satisfies(e -> assertThat(e.payload().toString())
                .contains("Book"));
    }

    @Test
    void after_the_grace_period_an_offline_login_is_refused_and_the_data_stays_sealed() {
        desk.login().logout();
        desk.close();
        desk = open(Duration.ofMillis(1));
        server.stop();

        assertThatThrownBy(() -> desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(LoginRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(LoginRefusal.OFFLINE_GRACE_EXPIRED));
        assertThatThrownBy(() -> desk.agenda().day(booked.start().toLocalDate()))
                .isInstanceOf(PersonalDataLockedException.class);

        server.start();
        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        assertThat(familyNames(booked.start().toLocalDate())).contains("Verbiest");
    }

    @Test
    void when_the_key_is_lost_the_next_online_login_pulls_the_data_again_under_a_new_key() {
        String oldPackPassword = new String(desk.paper().generator().packPassword());
        desk.login().logout();
        desk.store().database().inTransaction(c -> {
            desk.store().wrappedSecrets().deletePurpose(c, DeskDataKeyRelease.PURPOSE);
            desk.store().wrappedSecrets().deletePurpose(c, DeskDataKeyRelease.ESCROW_PURPOSE);
            return null;
        });
        int oldKey = desk.store().database().inTransaction(desk.store().dataKeys()::current).orElseThrow();

        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        desk.sync().syncOnce();

        assertThat(desk.store().database().inTransaction(desk.store().dataKeys()::current)).isPresent()
                .get().isNotEqualTo(oldKey);
        assertThat(familyNames(booked.start().toLocalDate())).contains("Verbiest");
        assertThat(new String(desk.paper().generator().packPassword())).isNotEqualTo(oldPackPassword);
    }

    @Test
    void a_desk_the_server_revoked_keeps_its_data_sealed_and_its_unsent_commands() throws Exception {
        server.stop();
        Slot slot = desk.booking().proximity("antwerpen", "EID_APPLY", 14).get(2);
        desk.booking().book("antwerpen", "EID_APPLY", slot.start(), TestAppointments.citizen("Noor", "Aerts"));
        server.start();
        String deviceId = desk.store().database().inTransaction(desk.store().syncState()::read).identity().deviceId();
        server.components.db().inTransaction(c -> server.components.devices().revoke(c, deviceId,
                java.time.Instant.now()));
        desk.sync().syncOnce();
        desk.login().logout();

        assertThat(pending()).isEqualTo(1);
        assertThatThrownBy(() -> desk.agenda().day(slot.start().toLocalDate()))
                .isInstanceOf(PersonalDataLockedException.class);
        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        assertThat(desk.agenda().outbox()).singleElement().satisfies(e -> assertThat(e.readable()).isTrue());
    }

    private int currentKey() {
        return desk.store().database().inTransaction(desk.store().dataKeys()::current).orElseThrow();
    }

    /** The person who holds the key logs out, the escrowed copy is gone, and the server is back. */
    private void leaveWithoutAnEscrowedCopyAndComeOnline() {
        desk.login().logout();
        forgetEscrowedCopy();
        server.start();
    }

    private void assertColleagueRefusedWhileTheKeyIsWithSomeoneElse() {
        assertThatThrownBy(() -> desk.login().login(COLLEAGUE, COLLEAGUE_PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(LoginRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(LoginRefusal.DATA_KEY_WITH_COLLEAGUE));
    }

    /** As on a desk that had its data key before the escrow existed. */
    private void forgetEscrowedCopy() {
        desk.store().database().inTransaction(c -> {
            desk.store().wrappedSecrets().deletePurpose(c, DeskDataKeyRelease.ESCROW_PURPOSE);
            return null;
        });
    }

    private int pending() {
        return desk.store().database().inTransaction(c -> desk.store().outbox().count(c, OutboxStatus.PENDING));
    }

    private java.util.List<String> familyNames(LocalDate day) {
        return desk.agenda().day(day).stream().map(e -> e.appointment().citizen().familyName()).toList();
    }
}
