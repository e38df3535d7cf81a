package be.antwerpen.lom.bench.client;

import be.antwerpen.lom.bench.measure.CpuSeconds;
import be.antwerpen.lom.bench.measure.JitPlan;
import be.antwerpen.lom.bench.measure.ThreadCpu;
import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Headless catch-up (issue 16): the real sync server in its own JVM over plain HTTP on loopback, one (or
 * {@code lom.bench.desks}) real desk wiring ({@link DeskAssembly}) that makes N commands offline (N/4 walk-ins, each registered,
 * called, started and served), then the server comes back and the desk pushes, settles the receipts and
 * pulls until it equals the server. Timed from the moment the server answers its health check until the
 * desk has nothing waiting, nothing left in its outbox and every entry of the day marked synced; after
 * that the server is stopped and its database is compared with the desk, entry by entry (untimed).
 *
 * <p>{@code -Dlom.bench.desks=10}: ten desks at antwerpen ("Loket 1" to "Loket 10", each enrolled with its
 * own code) make N/10 of the commands each; when the server returns they all catch up at once, each desk's
 * sync on its own thread, and the clock stops when every desk has nothing waiting and shows every desk's
 * work synced (each desk pulls the others' appointments too); then each desk is compared with the server.
 * The same work as the peer's c + d is timed too: from the server's return until every desk's outbox is settled
 * (the pushes; the desks' pulls run meanwhile and cost CPU), plus the pull by an eleventh desk that made nothing
 * (enrolled and synced before the outage, so it pulls only the day's work) once the others are done.
 *
 * <p>In the same run, the PouchDB peer ({@link PouchDbPeer}) does its scenario b (one client pushes N
 * documents), c (the same number of clients as desks push N/clients each at once) and d (a fresh client pulls
 * N documents); the ratio peer time (b + d for one desk, c + d for several) / desk time is printed.
 * {@code -Dlom.bench.jfr=FILE} records the catch-up (desk side) with JFR ({@code -Dlom.bench.jfr.settings=FILE.jfc}: other
 * settings than "profile", e.g. a 1 ms sampling period); the server is the real server
 * process ({@link ServerUnderTest}: SQLite, or PostgreSQL with {@code -Dlom.bench.server.pg=URL}; its JVM
 * options with {@code -Dlom.bench.server.jvm="OPTIONS"}, e.g. its own
 * {@code -XX:StartFlightRecording=filename=server.jfr}).
 *
 * <p>Usage: {@code HeadlessCatchUpBenchMain N} (default 10,000). With {@code -Dlom.bench.window=true} the desk's
 * real window (needs a display) shows Today during the catch-up, its own background sync catches up, and an
 * event-thread probe measures the longest stall ({@link OpenWindow}). See docs/performance.md.
 */
public final class HeadlessCatchUpBenchMain {

    private static final String PASSWORD = "correct horse battery";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** {@code -Dlom.bench.window=true}: the desk's real window is open on Today during the catch-up. */
    private static final boolean WINDOW = Boolean.getBoolean("lom.bench.window");
    /** {@code -Dlom.bench.desks=10}: that many desks at antwerpen, each making N/desks of the commands. */
    private static final int DESKS = Integer.getInteger("lom.bench.desks", 1);
    /**
     * {@code -Dlom.bench.again=true} (one desk, no window): after the catch-up, the desk makes N commands offline
     * again while the same server process keeps running (a cut network rather than a server that was down),
     * and that second catch-up is timed too: both processes' code is compiled by then.
     */
    private static final boolean AGAIN = Boolean.getBoolean("lom.bench.again");

    private HeadlessCatchUpBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int commands = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        if (DESKS < 1 || (WINDOW && DESKS > 1) || (AGAIN && (WINDOW || DESKS > 1))) {
            throw new IllegalArgumentException("lom.bench.desks must be 1 or more, and 1 with lom.bench.window;"
                    + " lom.bench.again is for one desk without the window");
        }
        int walkInsPerDesk = Math.max(1, commands / 4 / DESKS);
        Path dir = Files.createTempDirectory("lom-bench-headless");
        ServerUnderTest server = ServerUnderTest.fromSystemProperties(dir.resolve("server"));
        String url = server.url();

        server.run(Map.of("LOM_NEW_PASSWORD", PASSWORD), "create-staff", "--username", "agent.antwerpen", "--role",
                "AGENT", "--locations", "antwerpen");
        int enrolled = DESKS > 1 ? DESKS + 1 : DESKS; // with several desks, one more that makes nothing (below)
        for (int k = 1; k <= enrolled; k++) {
            server.run(Map.of(), "issue-enrollment-code", "--location", "antwerpen", "--desk", "Loket " + k,
                    "--code", "BENCH-CATCHUP-" + k);
        }
        Process serving = server.serve(dir.resolve("server-1.log"));

        Clock clock = Clock.system(BRUSSELS);
        List<BenchDesk> desks = new ArrayList<>();
        for (int k = 1; k <= DESKS; k++) {
            BenchDesk desk = BenchDesk.build(url, dir.resolve("desk-" + k), clock);
            desks.add(desk);
            desk.services().enrollment().enroll(url, "BENCH-CATCHUP-" + k, "bench " + k);
            desk.services().login().login("agent.antwerpen", PASSWORD.toCharArray());
            desk.services().sync().syncOnce();
        }
        // several desks: one more desk at antwerpen that makes nothing offline; after the catch-up it pulls
        // everything the others made, like the peer's fresh client (scenario d)
        BenchDesk quiet = null;
        if (DESKS > 1) {
            quiet = BenchDesk.build(url, dir.resolve("desk-" + enrolled), clock);
            quiet.services().enrollment().enroll(url, "BENCH-CATCHUP-" + enrolled, "bench " + enrolled);
            quiet.services().login().login("agent.antwerpen", PASSWORD.toCharArray());
            quiet.services().sync().syncOnce();
        }
        System.out.println("desk (in the bench's JVM): " + JitPlan.ofThisJvm() + "; server: "
                + (JitPlan.options("lom.bench.server.jit").isEmpty() ? "the JVM's default JIT" : "the product's JIT plan"));
        System.out.printf("max heap %d MB; %d desk%s at antwerpen%s%n", Runtime.getRuntime().maxMemory() >> 20,
                DESKS, DESKS == 1 ? "" : "s, all catching up at once, each on its own thread",
                WINDOW ? "; the desk's window is opened on Today before the server returns" : "");
        ServerUnderTest.stop(serving);

        LocalDate today = LocalDate.now(clock);
        long made = System.nanoTime();
        int walkIns = 0;
        int waiting = 0;
        List<UUID> firstDeskIds = List.of();
        for (BenchDesk desk : desks) {
            List<UUID> ids = CatchUpDesks.makeOffline(desk.services(), walkInsPerDesk);
            firstDeskIds = firstDeskIds.isEmpty() ? ids : firstDeskIds;
            walkIns += ids.size();
            waiting += desk.services().agenda().waitingCommands();
        }
        int expected = walkIns;
        System.out.printf("made %d commands offline (%d walk-ins) in %.1f s%n", waiting, walkIns,
                (System.nanoTime() - made) / 1e9);

        OpenWindow window = WINDOW ? OpenWindow.open(desks.get(0).services(), PASSWORD, firstDeskIds.size()) : null;

        serving = server.serve(dir.resolve("server-2.log"));
        Recording recording = startRecording();
        double serverCpu = CpuSeconds.of(serving.pid());
        double deskCpu = CpuSeconds.ofThisProcess();
        ThreadCpu serverThreads = ThreadCpu.of(serving.pid());
        ThreadCpu deskThreads = ThreadCpu.of(ProcessHandle.current().pid());
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(30).toNanos();
        int rounds;
        AtomicLong everyPushAcknowledged = new AtomicLong();
        AtomicLong everyOutboxSettled = new AtomicLong();
        if (window != null) {
            // the window's own background sync catches up; "sync now" as soon as the server answers
            DeskServices desk = desks.get(0).services();
            desk.sync().requestSync();
            while (!CatchUpDesks.caughtUp(desk, today, expected)) {
                Thread.sleep(20);
                CatchUpDesks.checkDeadline(deadline);
            }
            rounds = 0;
        } else {
            rounds = CatchUpDesks.catchUpAtOnce(desks, today, expected, deadline, everyPushAcknowledged,
                    everyOutboxSettled);
        }
        double deskSeconds = (System.nanoTime() - start) / 1e9;
        double quietPullSeconds = 0;
        if (quiet != null) {
            long pullStart = System.nanoTime();
            while (!CatchUpDesks.looksCaughtUp(quiet.services(), today, expected)) {
                quiet.services().sync().syncOnce();
                CatchUpDesks.checkDeadline(deadline);
            }
            quietPullSeconds = (System.nanoTime() - pullStart) / 1e9;
        }
        if (window != null) {
            System.out.println(window.finish(expected));
        }
        serverCpu = CpuSeconds.of(serving.pid()) - serverCpu;
        deskCpu = CpuSeconds.ofThisProcess() - deskCpu;
        String serverByThread = ThreadCpu.of(serving.pid()).since(serverThreads);
        String deskByThread = ThreadCpu.of(ProcessHandle.current().pid()).since(deskThreads);
        stopRecording(recording);
        String warm = null;
        double warmSeconds = 0;
        if (AGAIN) {
            DeskServices desk = desks.get(0).services();
            int more = CatchUpDesks.makeOffline(desk, walkInsPerDesk).size();
            int moreCommands = desk.agenda().waitingCommands();
            expected += more;
            serverThreads = ThreadCpu.of(serving.pid());
            deskThreads = ThreadCpu.of(ProcessHandle.current().pid());
            long again = System.nanoTime();
            int roundsAgain = CatchUpDesks.catchUpAtOnce(desks, today, expected, deadline, new AtomicLong(),
                    new AtomicLong());
            double againSeconds = (System.nanoTime() - again) / 1e9;
            warm = String.format(Locale.ROOT, "the same again, the server kept running: catch-up of %d more commands"
                    + " %.2f s (%d sync rounds)%n  by thread: server %s; desk %s", moreCommands, againSeconds,
                    roundsAgain, ThreadCpu.of(serving.pid()).since(serverThreads),
                    ThreadCpu.of(ProcessHandle.current().pid()).since(deskThreads));
            warmSeconds = againSeconds;
        }
        ServerUnderTest.stop(serving);
        for (BenchDesk desk : desks) {
            CatchUpDesks.checkShowsEndState(desk.services(), today, expected);
            CatchUpDesks.checkEqualsServer(desk.services(), server, today, expected);
        }
        if (quiet != null) {
            CatchUpDesks.checkShowsEndState(quiet.services(), today, expected);
            CatchUpDesks.checkEqualsServer(quiet.services(), server, today, expected);
        }
        server.dropPostgresSchema();
        if (DESKS == 1) {
            System.out.printf("catch-up of %d commands: %.2f s (%d sync rounds; desk equals the server: %d"
                    + " appointments, all SERVED and synced)%n", waiting, deskSeconds, rounds, expected);
        } else {
            System.out.printf("catch-up of %d commands by %d desks: %.2f s (%s, %d sync rounds in all; each desk"
                    + " equals the server: %d appointments, all SERVED and synced)%n", waiting, DESKS, deskSeconds,
                    server.engine(), rounds, expected);
        }
        System.out.println(ServerUnderTest.syncHandlerTime(dir.resolve("server-2.log")));
        if (warm != null) {
            System.out.println(warm);
        }
        if (serverCpu >= 0 && deskCpu >= 0) {
            System.out.printf("CPU during the catch-up: server process %.2f s, desk process %.2f s%n", serverCpu,
                    deskCpu);
            System.out.printf("  by thread: server %s; desk %s%n", serverByThread, deskByThread);
        }
        double pushSeconds = (everyOutboxSettled.get() - start) / 1e9;
        double acknowledgedSeconds = (everyPushAcknowledged.get() - start) / 1e9;
        if (quiet != null) {
            System.out.printf("of which: every push acknowledged after %.2f s, every outbox settled (the %d desks'"
                    + " push, each receipt reflected) after %.2f s; then a desk that made nothing pulled all %d"
                    + " appointments in %.2f s (equals the server); push + that pull = %.2f s; acknowledged + that"
                    + " pull = %.2f s%n", acknowledgedSeconds, DESKS, pushSeconds, expected, quietPullSeconds,
                    pushSeconds + quietPullSeconds, acknowledgedSeconds + quietPullSeconds);
            quiet.close();
        }
        for (BenchDesk desk : desks) {
            desk.close();
        }

        double seconds = deskSeconds;
        double secondsAgain = warmSeconds;
        double likeForLike = pushSeconds + quietPullSeconds;
        double endpoints = acknowledgedSeconds + quietPullSeconds;
        int n = waiting;
        PouchDbPeer.run(n, DESKS).ifPresent(peer -> {
            if (DESKS == 1) {
                double peerSeconds = peer.push1() + peer.pull();
                System.out.printf("PouchDB peer, same run, N=%d: push 1 client + pull 1 fresh client = %.2f s;"
                        + " ratio peer/desk = %.2f (goal >= %d%s)%n", n, peerSeconds, peerSeconds / seconds,
                        WINDOW ? 2 : 3, WINDOW ? ", window open" : "");
                if (AGAIN) {
                    System.out.printf("  the same against the catch-up with the server kept running: %.2f%n",
                            peerSeconds / secondsAgain);
                }
            } else {
                double peerSeconds = peer.pushClients() + peer.pull();
                System.out.printf("PouchDB peer, same run, N=%d: push %d clients at once + pull 1 fresh client ="
                        + " %.2f s; ratio peer/desks = %.2f, every desk pulling all the others' work (the peer's"
                        + " clients pull nothing); like for like, peer c + d / desks' push + one desk's pull ="
                        + " %.2f; peer c + d / desks' push acknowledged + one desk's pull = %.2f (goal >= 3; %s)%n",
                        n, DESKS, peerSeconds, peerSeconds / seconds, peerSeconds / likeForLike,
                        peerSeconds / endpoints, server.engine());
            }
        });
        System.exit(0);
    }

    // ---- JFR ------------------------------------------------------------------------------------------

    private static Recording startRecording() throws Exception {
        String file = System.getProperty("lom.bench.jfr");
        if (file == null) {
            return null;
        }
        String settings = System.getProperty("lom.bench.jfr.settings"); // a .jfc file, e.g. with 1 ms sampling
        Recording recording = new Recording(settings == null
                ? Configuration.getConfiguration("profile") : Configuration.create(Path.of(settings)));
        recording.setDestination(Path.of(file));
        recording.enable("jdk.Compilation").withThreshold(Duration.ZERO); // every JIT compilation, not just slow ones
        recording.start();
        return recording;
    }

    private static void stopRecording(Recording recording) throws IOException {
        if (recording != null) {
            recording.stop();
            recording.close();
            System.out.println("JFR recording of the catch-up written to " + System.getProperty("lom.bench.jfr"));
        }
    }
}
