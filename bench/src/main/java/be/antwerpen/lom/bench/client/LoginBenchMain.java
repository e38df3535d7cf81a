package be.antwerpen.lom.bench.client;

import be.antwerpen.lom.bench.measure.JitPlan;
import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.auth.OfflineVerifier;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.server.auth.PasswordHasher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Login to a usable agenda, online and offline (issue 16): the real server in its own JVM over HTTP
 * (PBKDF2-SHA256 with {@link PasswordHasher#DEFAULT_ITERATIONS}), one real desk wiring with the same number
 * of iterations for its offline verifier. Each login is timed from the call until the day's agenda
 * (2,500 appointments, sealed citizens opened) is read: {@code login()} then {@code agenda().day(today)}.
 * Online logins first (server up), then offline ones (server stopped, the desk finds no answer and checks
 * its stored verifier). For scale, one PBKDF2 derivation with the same iterations is timed in the same JVM.
 *
 * <p>Usage: {@code LoginBenchMain [logins] [rows]} (default 20 and 2,500), after 2 untimed warm-up logins
 * each way. See docs/performance.md.
 */
public final class LoginBenchMain {

    private static final String PASSWORD = "correct horse battery";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private LoginBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int logins = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 2_500;
        int iterations = PasswordHasher.DEFAULT_ITERATIONS;
        Path dir = Files.createTempDirectory("lom-bench-login");
        ServerUnderTest serverUnderTest = ServerUnderTest.fromSystemProperties(dir.resolve("server"));
        String url = serverUnderTest.url();
        serverUnderTest.run(Map.of("LOM_NEW_PASSWORD", PASSWORD), "create-staff", "--username", "agent.antwerpen",
                "--role", "AGENT", "--locations", "antwerpen");
        serverUnderTest.run(Map.of(), "issue-enrollment-code", "--location", "antwerpen", "--desk", "Loket 1",
                "--code", "BENCH-LOGIN-1");
        Process server = serverUnderTest.serve(dir.resolve("server.log"));

        Clock clock = Clock.system(BRUSSELS);
        DeskServices desk = DeskAssembly.build(new ClientOptions(url, null, dir.resolve("desk"), null, "", "nl",
                Duration.ofHours(72), Duration.ZERO), clock, DeskAssembly.syncScheduler(), iterations);
        desk.sync().stop();
        desk.enrollment().enroll(url, "BENCH-LOGIN-1", "bench");
        desk.login().login("agent.antwerpen", PASSWORD.toCharArray());
        LocalDate today = LocalDate.now(clock);
        seed(desk, today, rows);

        long[] online = timeLogins(desk, today, rows, logins);
        ServerUnderTest.stop(server);
        long[] offline = timeLogins(desk, today, rows, logins);

        OfflineVerifier kdf = new OfflineVerifier(iterations, new SecureRandom());
        byte[] salt = kdf.newSalt();
        long[] hash = new long[5];
        for (int i = 0; i < hash.length; i++) {
            long start = System.nanoTime();
            kdf.derive(PASSWORD.toCharArray(), salt, iterations);
            hash[i] = System.nanoTime() - start;
        }
        System.out.println("desk in the bench's JVM: " + JitPlan.ofThisJvm());
        System.out.printf("PBKDF2-SHA256 %d iterations, server and desk; %d logins each way, %d appointments%n",
                iterations, logins, rows);
        System.out.println("online login to usable agenda: " + withP95(online) + " (goal p95 < 1 s)");
        System.out.println("offline login to usable agenda: " + withP95(offline) + " (goal p95 < 1 s)");
        System.out.println("one PBKDF2 derivation in this JVM (5 runs): " + new Percentiles(hash).summary());
        desk.close();
        System.exit(0);
    }

    private static String withP95(long[] nanos) {
        Percentiles p = new Percentiles(nanos);
        return String.format("p95 %.0f ms; %s", p.millis(95), p.summary());
    }

    private static long[] timeLogins(DeskServices desk, LocalDate today, int rows, int logins) {
        long[] nanos = new long[logins];
        for (int i = -2; i < logins; i++) {
            desk.login().logout();
            long start = System.nanoTime();
            desk.login().login("agent.antwerpen", PASSWORD.toCharArray());
            int shown = desk.agenda().day(today).size();
            long took = System.nanoTime() - start;
            if (shown != rows) {
                throw new IllegalStateException("the agenda shows " + shown + " appointments, not " + rows);
            }
            if (i >= 0) {
                nanos[i] = took;
            }
        }
        return nanos;
    }

    /** The day's appointments as a pull would leave them (sealed with the desk's data key, open after login). */
    private static void seed(DeskServices desk, LocalDate today, int rows) {
        List<String> given = List.of("An", "Jan", "Mia", "Lotte", "Tom", "Yasmina", "Mohamed", "Els");
        List<String> family = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "El Amrani", "Nowak");
        desk.store().database().inTransaction(c -> {
            for (int i = 0; i < rows; i++) {
                var start = today.atTime(8, 30).plusMinutes((i * 60L / rows) * 10L);
                Citizen citizen = new Citizen(null, given.get(i % given.size()), family.get((i / 3) % family.size()),
                        null, null);
                desk.store().appointments().upsert(c, new Appointment(UUID.randomUUID(), String.format("B%04d", i),
                        "antwerpen", "EID_APPLY", start, start.plusMinutes(10), citizen, AppointmentStatus.BOOKED,
                        AppointmentOrigin.ONLINE, false, 1));
            }
            return null;
        });
    }
}
