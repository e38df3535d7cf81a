package be.antwerpen.lom.bench.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The PouchDB peer ({@code /work/shared/peers/pouchdb}, or {@code -Dlom.peer.dir}) run once in the same
 * bench run: {@code node bench.js --n N --reps 1 --clients C}, its scenarios b (push, 1 client), c (push,
 * C clients at once, N/C each) and d (pull into 1 fresh client) read from its result file. Empty, with a
 * message, if {@code node} or the peer's {@code node_modules} is missing.
 */
final class PouchDbPeer {

    /** Median wall seconds of the peer's scenarios b, c (with {@code clients}) and d. */
    record Figures(double push1, int clients, double pushClients, double pull) {
    }

    private PouchDbPeer() {
    }

    static Optional<Figures> run(int n, int clients) throws Exception {
        Path peerDir = Path.of(System.getProperty("lom.peer.dir", "/work/shared/peers/pouchdb"));
        if (!Files.isDirectory(peerDir.resolve("node_modules"))) {
            System.out.println("PouchDB peer skipped: " + peerDir + "/node_modules is missing (run npm ci"
                    + " --ignore-scripts there, or give -Dlom.peer.dir)");
            return Optional.empty();
        }
        Path out = Files.createTempFile("pouchdb-peer", ".json");
        Process node;
        try {
            node = new ProcessBuilder("node", "bench.js", "--n", String.valueOf(n), "--reps", "1", "--clients",
                    String.valueOf(clients), "--out", out.toString()).directory(peerDir.toFile()).inheritIO().start();
        } catch (IOException e) {
            System.out.println("PouchDB peer skipped: node is not on the PATH (" + e.getMessage() + ")");
            return Optional.empty();
        }
        if (node.waitFor() != 0) {
            System.out.println("PouchDB peer skipped: bench.js exited with " + node.exitValue());
            return Optional.empty();
        }
        JsonNode results = new ObjectMapper().readTree(out.toFile()).path("results");
        Figures figures = new Figures(seconds(results, "b_push_1"), clients,
                seconds(results, "c_push_" + clients), seconds(results, "d_pull_1"));
        System.out.printf("PouchDB peer: b. push 1 client %.2f s, c. push %d clients at once %.2f s,"
                + " d. pull 1 fresh client %.2f s%n", figures.push1(), clients, figures.pushClients(), figures.pull());
        return Optional.of(figures);
    }

    private static double seconds(JsonNode results, String scenario) {
        return results.path(scenario).path("median_ms").asDouble() / 1000;
    }
}
