package be.antwerpen.lom.bench.server;

import be.antwerpen.lom.bench.measure.CpuSeconds;
import be.antwerpen.lom.bench.measure.JitPlan;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.wiring.ServerComponents;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor under the booking bench (issue 16): the same 16 clients, the same server wiring and the same process
 * as {@code BookingComparison}, on {@code GET /api/v1/health}, which only asks the database whether it answers.
 * What a request costs here is what every booking pays before its own work. Rounds of 20,000 requests.
 *
 * <p>Run: {@code java $JIT -cp "$CP" be.antwerpen.lom.bench.server.HttpFloorBenchMain [rounds]}
 */
public final class HttpFloorBenchMain {

    private static final int CLIENTS = 16;
    private static final int REQUESTS = 20_000;

    private HttpFloorBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        System.out.println("server in the bench's JVM: " + JitPlan.ofThisJvm());
        try (Database db = Database.sqlite(Files.createTempDirectory("lom-floor").resolve("floor.db"))) {
            ServerComponents server = new ServerComponents(db, ReferenceDataLoader.antwerpExample(), Clock.systemUTC(),
                    1_000, Duration.ofHours(1));
            Javalin app = server.httpApi(new HttpSettings("127.0.0.1", 0, Optional.empty())).start();
            try {
                URI health = URI.create("http://127.0.0.1:" + app.port() + "/api/v1/health");
                HttpClient http = HttpClient.newHttpClient();
                for (int round = 1; round <= rounds; round++) {
                    round(http, health, round);
                }
            } finally {
                app.stop();
            }
        }
    }

    private static void round(HttpClient http, URI health, int round) throws Exception {
        AtomicInteger left = new AtomicInteger(REQUESTS);
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        double cpu = CpuSeconds.ofThisProcess();
        long start = System.nanoTime();
        for (int i = 0; i < CLIENTS; i++) {
            pool.submit(() -> {
                HttpRequest request = HttpRequest.newBuilder(health).build();
                while (left.decrementAndGet() >= 0) {
                    try {
                        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMs = (CpuSeconds.ofThisProcess() - cpu) * 1000 / REQUESTS;
        System.out.printf(Locale.ROOT, "round %d: GET /health, %d clients: %.0f requests/s, %.3f CPU ms each (server"
                + " and clients)%s%n", round, CLIENTS, REQUESTS / seconds, cpuMs,
                failed.get() > 0 ? ", " + failed.get() + " failed" : "");
    }
}
