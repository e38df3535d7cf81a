package be.antwerpen.lom.server.demo;

import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.wiring.ServerComponents;
import java.time.Duration;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The demo data of {@code --demo}: staff users for every location, an enrollment code and the agenda.
 * Seeded under a database lock, so server instances started together on one empty PostgreSQL
 * database all start: the first seeds, the others wait and then find the data present.
 */
public final class DemoSeed {

    /** The desk enrollment code the demo prints. */
    public static final String ENROLLMENT_CODE = "DEMO-ANTWERPEN-1";

    private final ServerComponents server;

    public DemoSeed(ServerComponents server) {
        this.server = server;
    }

    /** Seeds once per database; returns the appointments booked, or -1 when the data was already there. */
    public int seed(String password, int days) {
        return seed(password, days, line -> { });
    }

    /** @param progress told what is being prepared, one line per step (the demo script shows it) */
    public int seed(String password, int days, Consumer<String> progress) {
        return server.db().exclusively("lom-demo-seed", () -> {
            boolean present = server.db().inTransaction(c -> server.staff().find(c, "admin")).isPresent();
            if (present) {
                return -1;
            }
            // Demo only: one PBKDF2 hash of the demo password, shared by the demo users, so start-up stays quick.
            String hash = server.staffAdministration().hash(password);
            for (var location : server.reference().locations()) {
                server.staffAdministration().createWithHash("agent." + location.id(), "Agent " + location.name(),
                        StaffRole.AGENT, Set.of(location.id()), hash, "demo");
                server.staffAdministration().createWithHash("supervisor." + location.id(),
                        "Supervisor " + location.name(), StaffRole.SUPERVISOR, Set.of(location.id()), hash, "demo");
            }
            server.staffAdministration().createWithHash("admin", "Administrator", StaffRole.ADMIN, Set.of(), hash,
                    "demo");
            server.enrollment().issue(ENROLLMENT_CODE, "antwerpen", "Loket 1", Duration.ofDays(30), "demo");
            progress.accept("staff accounts and the desk enrollment code ready");
            return new DemoAgenda(server, new Random()).generate(days, progress);
        });
    }
}
