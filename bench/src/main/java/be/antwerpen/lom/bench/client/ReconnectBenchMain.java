package be.antwerpen.lom.bench.client;

import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.client.agenda.SyncMark;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.HttpSettings;
import io.javalin.Javalin;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;

/**
 * How long after the server comes back all desks equal it (issue 13, point 6; ADR 0044). The real
 * server in-process over HTTP on SQLite; 10 real desk wirings ({@link DeskAssembly}) at 3 locations with
 * their background sync running. The server is stopped, every desk does half a day of counter work
 * offline (walk-ins called, started and served, bookings), the server is started again on the same
 * database and port, and the time from its start until every desk has nothing waiting and shows exactly
 * the server's agenda for its location is measured.
 *
 * <p>Usage: {@code ReconnectBenchMain [rounds] [walkInsPerDesk] [bookingsPerDesk]} (defaults 3, 40, 10).
 */
public final class ReconnectBenchMain {

    private static final String PASSWORD = "correct horse battery";
    private static final String PRODUCT = "EID_APPLY";
    private static final List<String> LOCATIONS = List.of("antwerpen", "deurne", "merksem");
    private static final int DESKS = 10;
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private ReconnectBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int walkIns = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int bookings = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<Double> figures = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            double seconds = new ReconnectBenchMain().run(walkIns, bookings);
            figures.add(seconds);
            System.out.printf("round %d: all %d desks equal the server %.2f s after it started%n", round, DESKS,
                    seconds);
        }
        List<Double> sorted = figures.stream().sorted().toList();
        System.out.printf("median %.2f s, max %.2f s over %d rounds (%d walk-ins x 4 commands + %d bookings per"
                + " desk)%n", sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), rounds, walkIns, bookings);
        System.exit(0);
    }

    private final Clock clock = Clock.system(BRUSSELS);
    private Path dir;
    private int port;
    private Database db;
    private ServerComponents server;
    private Javalin app;

    private double run(int walkIns, int bookings) throws Exception {
        dir = Files.createTempDirectory("lom-bench-reconnect");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        startServer();
        for (String location : LOCATIONS) {
            server.staffAdministration().create("agent." + location, "Agent", StaffRole.AGENT, Set.of(location),
                    PASSWORD, true, "bench");
        }
        List<DeskServices> desks = new ArrayList<>();
        List<ScheduledExecutorService> schedulers = new ArrayList<>();
        for (int i = 0; i < DESKS; i++) {
            String location = locationOf(i);
            String code = "BENCH-" + i;
            server.enrollment().issue(code, location, "Loket " + (i + 1), Duration.ofHours(1), "bench");
            ScheduledExecutorService scheduler = DeskAssembly.syncScheduler();
            schedulers.add(scheduler);
            DeskServices desk = DeskAssembly.build(new ClientOptions(url(), null, dir.resolve("desk-" + i), null, "",
                    "nl", Duration.ofHours(72), Duration.ZERO), clock, scheduler, 1_000);
            desk.sync().stop();
            desk.enrollment().enroll(url(), code, "bench-" + i);
            desk.login().login("agent." + location, PASSWORD.toCharArray());
            desk.sync().syncOnce();
            desks.add(desk);
        }
        desks.forEach(d -> d.sync().start());

        stopServer();
        Set<LocalDate> days = new TreeSet<>();
        LocalDate today = LocalDate.now(clock);
        days.add(today);
        long made = System.nanoTime();
        int commands = 0;
        for (int i = 0; i < DESKS; i++) {
            DeskServices desk = desks.get(i);
            String location = locationOf(i);
            int atLocation = i / LOCATIONS.size();
            List<Slot> slots = desk.booking().proximity(location, PRODUCT, 14);
            for (int b = 0; b < bookings; b++) {
                Slot slot = slots.get((atLocation + 4 * b) % slots.size());
                days.add(slot.start().toLocalDate());
                desk.booking().book(location, PRODUCT, slot.start(), new Citizen(null, "Lien", "Claes", null, null));
                commands++;
            }
            for (int w = 0; w < walkIns; w++) {
                String ticket = desk.actions().registerWalkIn(PRODUCT, new Citizen(null, "Jan", "Janssens", null, null));
                UUID id = desk.agenda().day(today).stream().filter(e -> e.appointment().code().equals(ticket))
                        .findFirst().orElseThrow().appointment().id();
                desk.actions().call(id);
                desk.actions().startService(id);
                desk.actions().markServed(id, "ok");
                commands += 4;
            }
        }
        System.out.printf("%d commands made offline at %d desks in %.1f s; waiting 5 s offline%n", commands, DESKS,
                (System.nanoTime() - made) / 1e9);
        Thread.sleep(5_000);

        long[] backOnline = new long[DESKS];
        for (int i = 0; i < DESKS; i++) {
            int desk = i;
            desks.get(i).sync().addListener(status -> {
                if (status.phase() == be.antwerpen.lom.client.sync.SyncPhase.ONLINE && backOnline[desk] == 0) {
                    backOnline[desk] = System.nanoTime();
                }
            });
        }
        long started = System.nanoTime();
        startServer();
        while (!allEqual(desks, days)) {
            Thread.sleep(50);
            if (System.nanoTime() - started > Duration.ofMinutes(3).toNanos()) {
                throw new IllegalStateException("the desks did not converge within 3 minutes");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long lastBack = 0;
        for (long at : backOnline) {
            lastBack = Math.max(lastBack, at);
        }
        System.out.printf("last desk finished its first round after the restart %.2f s after the server started%n",
                (lastBack - started) / 1e9);
        desks.forEach(d -> d.sync().stop());
        schedulers.forEach(ScheduledExecutorService::shutdownNow);
        desks.forEach(d -> d.store().close());
        stopServer();
        return seconds;
    }

    private static String locationOf(int desk) {
        return LOCATIONS.get(desk % LOCATIONS.size());
    }

    private String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The server process comes up: database opened (migrations checked), HTTP listening. */
    private void startServer() {
        if (db == null) {
            db = Database.sqlite(dir.resolve("server.db"));
            server = new ServerComponents(db, ReferenceDataLoader.antwerpExample(), Clock.systemUTC(), 1_000,
                    Duration.ofHours(8));
        }
        app = server.httpApi(new HttpSettings("127.0.0.1", port, Optional.empty())).start();
    }

    private void stopServer() {
        app.stop();
        db.close();
        db = null;
    }

    private boolean allEqual(List<DeskServices> desks, Set<LocalDate> days) {
        for (int i = 0; i < desks.size(); i++) {
            DeskServices desk = desks.get(i);
            if (desk.agenda().waitingCommands() > 0) {
                return false;
            }
            String location = locationOf(i);
            for (LocalDate day : days) {
                List<String> shown = new ArrayList<>();
                for (AgendaEntry entry : desk.agenda().day(day)) {
                    if (!entry.appointment().locationId().equals(location)) {
                        continue;
                    }
                    if (entry.mark() != SyncMark.SYNCED) {
                        return false;
                    }
                    shown.add(entry.appointment().id() + " " + entry.appointment().status());
                }
                List<String> truth = server.db().inSnapshot(c -> server.appointments().atLocation(c, location,
                        day.atStartOfDay(), day.plusDays(1).atStartOfDay())).stream()
                        .map((Appointment a) -> a.id() + " " + a.status()).toList();
                if (!new TreeSet<>(shown).equals(new TreeSet<>(truth)) || shown.size() != truth.size()) {
                    return false;
                }
            }
        }
        return true;
    }
}
