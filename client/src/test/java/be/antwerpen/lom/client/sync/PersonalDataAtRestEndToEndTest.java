package be.antwerpen.lom.client.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.client.auth.LoginOutcome;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.downtime.RenderedPack;
import be.antwerpen.lom.client.downtime.SerialRange;
import be.antwerpen.lom.client.store.PersonalDataLockedException;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.model.api.BookingRequest;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, point 5 (ADR 0045): after a desk synced a realistic day through the real server and its
 * real wiring, no byte of its data folder holds a citizen's register number, name, e-mail or phone,
 * in UTF-8 or UTF-16; and the data still opens for the people who log in, online and offline.
 */
class PersonalDataAtRestEndToEndTest {

    private static final String[] GIVEN = {"Lieselotte", "Mohammed", "Anaïs-Marie", "Björnstjerne", "Fatimazahra",
        "Jean-Baptiste", "Đorđevina", "Sébastienne"};
    /** Booked on the web for one day: enough for every family name of the first six (i / 8) to be on it. */
    private static final int WEB_BOOKINGS = 48;
    private static final String[] FAMILY = {"Vandenbroucke", "Ouazzani-Touhami", "Schoepdrijver", "Van Achterbergh",
        "Dewaelheyns", "Çelikkaya", "Wiśniewska", "Mertensbrugge"};

    @TempDir
    Path serverDir;
    @TempDir
    Path deskDir;

    private final Clock clock = Clock.system(ZoneId.of("Europe/Brussels"));
    private RealServer server;
    private ScheduledExecutorService scheduler;
    private DeskServices desk;
    private final List<Citizen> citizens = new ArrayList<>();
    private LocalDate day;

    @BeforeEach
    void syncADay() throws Exception {
        server = new RealServer(serverDir);
        server.start();
        scheduler = DeskAssembly.syncScheduler();
        desk = DeskAssembly.build(new ClientOptions(server.url(), null, deskDir, null, "", "nl",
                Duration.ofHours(72), Duration.ZERO), clock, scheduler, 1_000);
        desk.sync().stop();
        desk.enrollment().enroll(server.url(), RealServer.ENROLL_CODE, "e2e-desk");
        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
        desk.sync().syncOnce();

        SerialRange leased = desk.paper().leases().lease(100);
        desk.store().database().inTransaction(c -> {
            desk.paper().serials().add(c, leased);
            return null;
        });
        List<Slot> slots = desk.booking().proximity("antwerpen", "EID_APPLY", 14);
        // a day after today, with room to spare for all the web bookings: what is left of today depends on the hour
        // the test runs at (overlapping slots share seats, hence the margin)
        LocalDate today = LocalDate.now(clock);
        day = slots.stream().filter(s -> s.start().toLocalDate().isAfter(today))
                .collect(Collectors.groupingBy(s -> s.start().toLocalDate(), TreeMap::new,
                        Collectors.summingInt(Slot::free)))
                .entrySet().stream().filter(e -> e.getValue() >= 2 * WEB_BOOKINGS).findFirst().orElseThrow().getKey();
        List<Slot> ofDay = slots.stream().filter(s -> s.start().toLocalDate().equals(day)).toList();
        StaffMember web = new StaffMember("agent.antwerpen", "Agent Antwerpen", StaffRole.AGENT, Set.of("antwerpen"));
        int n = 0;
        for (Slot slot : ofDay) {
            for (int seat = 0; seat < slot.free() && n < WEB_BOOKINGS; seat++) {
                Citizen citizen = citizen(n);
                try {
                    server.components.webAppointments().book(web, new BookingRequest("antwerpen", "EID_APPLY",
                            slot.start(), citizen));
                } catch (RuntimeException slotFull) {
                    break;
                }
                citizens.add(citizen);
                n++;
            }
        }
        desk.sync().syncOnce();
        // Bookings and a walk-in made at the desk travel through the outbox; the last one stays unsent.
        for (int i = 0; i < 3; i++) {
            Citizen citizen = citizen(n++);
            citizens.add(citizen);
            // asked again before each booking: the previous one may have taken the last seat of an overlapping slot
            Slot free = desk.booking().proximity("antwerpen", "EID_APPLY", 14).get(0);
            desk.booking().book("antwerpen", "EID_APPLY", free.start(), citizen);
        }
        Citizen walkIn = citizen(n++);
        citizens.add(walkIn);
        desk.actions().registerWalkIn("EID_APPLY", walkIn);
        desk.sync().syncOnce();
        RenderedPack pack = desk.paper().generator().generate(day, (step, done, total) -> { }).orElseThrow();
        assertThat(pack.manifest().appointments()).hasSizeGreaterThanOrEqualTo(citizens.size() - 4);
        server.stop();
        Citizen unsent = citizen(n++);
        citizens.add(unsent);
        desk.booking().book("antwerpen", "EID_APPLY",
                desk.booking().proximity("antwerpen", "EID_APPLY", 14).get(0).start(), unsent);
        desk.sync().syncOnce();
        assertThat(desk.sync().status().waiting()).isEqualTo(1);
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        desk.close();
        server.close();
    }

    @Test
    void no_byte_of_the_data_folder_holds_a_citizens_register_number_name_email_or_phone() throws Exception {
        assertThat(desk.agenda().day(day)).extracting(e -> e.appointment().citizen().familyName())
                .contains(FAMILY[0], FAMILY[5]);
        Set<String> secrets = secrets();
        assertThat(secrets).hasSizeGreaterThan(150);
        assertThat(Files.exists(deskDir.resolve("loket.db-wal"))).isTrue();
        assertThat(hits(secrets)).as("personal data in clear while the desk runs").isEmpty();

        desk.login().logout();
        desk.close();
        assertThat(hits(secrets)).as("personal data in clear after the desk closed").isEmpty();
    }

    @Test
    void the_desks_escrow_key_is_never_in_the_data_folder_only_the_data_key_wrapped_under_it() throws Exception {
        String deviceId = desk.store().database().inTransaction(desk.store().syncState()::read).identity().deviceId();
        String escrowKey = server.components.deskEscrowKeys().keyFor(deviceId);
        byte[] raw = java.util.Base64.getDecoder().decode(escrowKey);
        java.util.Optional<be.antwerpen.lom.client.store.StaffWrappedSecretStore.WrappedSecret> escrowed =
                desk.store().database().inTransaction(c -> desk.store().wrappedSecrets().find(c, "",
                        be.antwerpen.lom.client.auth.DeskDataKeyRelease.ESCROW_PURPOSE));
        assertThat(escrowed).isPresent();
        desk.login().logout();
        desk.close();
        List<Path> files;
        try (Stream<Path> all = Files.walk(deskDir)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            assertThat(indexOf(content, raw)).as(deskDir.relativize(file) + " holds the escrow key").isNegative();
            assertThat(indexOf(content, escrowKey.getBytes(StandardCharsets.US_ASCII)))
                    .as(deskDir.relativize(file) + " holds the escrow key in base64").isNegative();
        }
        // the check can fail: the same search finds the key once it is written down
        Files.write(deskDir.resolve("leak.bin"), raw);
        assertThat(indexOf(Files.readAllBytes(deskDir.resolve("leak.bin")), raw)).isZero();
    }

    @Test
    void the_check_can_fail_a_value_written_in_clear_is_found() throws Exception {
        Files.writeString(deskDir.resolve("notes.txt"), "call " + citizens.get(3).phone(), StandardCharsets.UTF_16LE);
        assertThat(hits(secrets())).contains("notes.txt: " + citizens.get(3).phone() + " (UTF-16LE)")
                .allMatch(hit -> hit.startsWith("notes.txt: "));
    }

    @Test
    void the_data_folder_is_private_to_the_desks_account() throws Exception {
        assertThat(Files.getPosixFilePermissions(deskDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (Stream<Path> all = Files.walk(deskDir)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
                        .as(deskDir.relativize(path).toString())
                        .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
            }
        }
    }

    @Test
    void logout_locks_the_data_and_an_offline_login_opens_it_again() {
        desk.login().logout();

        assertThat(desk.login().someoneLoggedIn()).isFalse();
        assertThatThrownBy(() -> desk.agenda().day(day)).isInstanceOf(PersonalDataLockedException.class);
        assertThat(desk.store().vault().copyOfKey()).isEmpty();

        LoginOutcome offline = desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());

        assertThat(offline.offline()).isTrue();
        List<AgendaEntry> agenda = desk.agenda().day(day);
        assertThat(agenda).extracting(e -> e.appointment().citizen().nationalRegisterNumber())
                .contains(citizens.get(0).nationalRegisterNumber(), citizens.get(1).nationalRegisterNumber());
        assertThat(desk.agenda().outbox()).singleElement()
                .satisfies(e -> assertThat(e.readable()).isTrue());
    }

    /** Every register number (digits and written form), name, e-mail and phone of the day. */
    private Set<String> secrets() {
        Set<String> secrets = new LinkedHashSet<>();
        for (Citizen c : citizens) {
            secrets.add(c.nationalRegisterNumber().digits());
            secrets.add(c.nationalRegisterNumber().formatted());
            secrets.add(c.givenName());
            secrets.add(c.familyName());
            secrets.add(c.email());
            secrets.add(c.phone());
        }
        return secrets;
    }

    private List<String> hits(Set<String> secrets) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(deskDir)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        List<String> hits = new ArrayList<>();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            for (String secret : secrets) {
                for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                        StandardCharsets.UTF_16BE)) {
                    if (indexOf(content, secret.getBytes(charset)) >= 0) {
                        hits.add(deskDir.relativize(file) + ": " + secret + " (" + charset.name() + ")");
                    }
                }
            }
        }
        return hits;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Citizen citizen(int i) {
        String given = GIVEN[i % GIVEN.length];
        String family = FAMILY[(i / GIVEN.length) % FAMILY.length] + (i < 64 ? "" : "-" + i);
        String email = given.toLowerCase().replaceAll("[^a-z]", "") + ".nr" + (1000 + i) + "@voorbeeld.be";
        String phone = "+32 470 " + (10 + i) + " " + (40 + i % 50) + " 7" + (i % 10);
        return new Citizen(nrn(i), given, family, email, phone);
    }

    /** A valid register number of someone born in the 1980s, different for each {@code i}. */
    private static NationalRegisterNumber nrn(int i) {
        String birth = String.format("8%d%02d%02d", i % 10, 1 + i % 12, 1 + i % 28);
        String first9 = birth + String.format("%03d", 101 + 2 * i);
        long check = 97 - Long.parseLong(first9) % 97;
        return NationalRegisterNumber.parse(first9 + String.format("%02d", check));
    }
}
