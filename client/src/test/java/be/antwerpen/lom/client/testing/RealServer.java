package be.antwerpen.lom.client.testing;

import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.EnrollmentResponse;
import be.antwerpen.lom.model.sync.PushResponse;
import be.antwerpen.lom.model.sync.SyncCommand;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.sync.PushService;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The real sync server (its public classes, in-process) on a free port with a SQLite database,
 * one agent for antwerpen and an enrollment code for "Loket 1". Can be stopped and started again
 * on the same port and database, like a server restart.
 */
public final class RealServer implements AutoCloseable {

    public static final String AGENT = "agent.antwerpen";
    public static final String PASSWORD = "correct horse battery";
    public static final String ENROLL_CODE = "E2E-ANTWERPEN-1";
    public static final String SECOND_DESK_CODE = "E2E-ANTWERPEN-2";

    public final ServerComponents components;
    private final Database db;
    private final int port;
    private Javalin app;

    public RealServer(Path dir) throws Exception {
        this(dir, freePort(), true, Clock.systemUTC());
    }

    /** A seeded server whose clock the test sets (e.g. to an opening day of the example locations). */
    public RealServer(Path dir, Clock clock) throws Exception {
        this(dir, freePort(), true, clock);
    }

    /**
     * The server started again on {@code port} from a copy of its database folder (a restored
     * backup): nothing is seeded, the copy holds what it held when it was taken.
     */
    public static RealServer restored(Path copiedDir, int port) throws Exception {
        return new RealServer(copiedDir, port, false, Clock.systemUTC());
    }

    private RealServer(Path dir, int port, boolean seed, Clock clock) throws Exception {
        this.port = port;
        db = Database.sqlite(dir.resolve("server.db"));
        components = new ServerComponents(db, ReferenceDataLoader.antwerpExample(), clock, 1_000,
                Duration.ofHours(8));
        if (!seed) {
            return;
        }
        components.staffAdministration().create(AGENT, "Agent Antwerpen", StaffRole.AGENT, Set.of("antwerpen"),
                PASSWORD, true, "e2e");
        components.enrollment().issue(ENROLL_CODE, "antwerpen", "Loket 1", Duration.ofHours(1), "e2e");
        components.enrollment().issue(SECOND_DESK_CODE, "antwerpen", "Loket 2", Duration.ofHours(1), "e2e");
    }

    /**
     * Sets every location's seat lease policy to lease nothing, for tests about bookings beyond a
     * desk's leases (double bookings after offline work); call before desks first sync.
     */
    public void withoutSeatLeases() {
        for (var location : components.reference().locations()) {
            components.seatLeases().setPolicy(new be.antwerpen.lom.model.lease.SeatLeasePolicy(location.id(), 0, 0, 0,
                    0, 30, 120, 24), "e2e");
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /** A staff member as the server knows them (role and locations), e.g. to push in process as them. */
    /**
     * A desk of another build, enrolled with {@code code} at antwerpen, pushes {@code count} commands this server
     * cannot read: each becomes a dead-letter conflict and an audit line (ADR 0142). Answers the push's receipts.
     */
    public PushResponse pushUnreadableCommands(String code, int count) {
        components.enrollment().issue(code, "antwerpen", "Loket 9", Duration.ofHours(1), "test");
        EnrollmentResponse desk = components.enrollment().enroll(new EnrollmentRequest(code, "pc"));
        ArrayNode batch = components.json().createArrayNode();
        for (int i = 1; i <= count; i++) {
            ObjectNode unreadable = batch.addObject();
            unreadable.put("commandId", UUID.randomUUID().toString());
            unreadable.put("sequence", i);
            unreadable.put("schemaVersion", SyncCommand.CURRENT_SCHEMA_VERSION);
            unreadable.put("deviceTime", Instant.now().toString());
            unreadable.put("actor", AGENT);
            unreadable.putObject("payload").put("type", "Bogus");
        }
        return components.push().push(staff(AGENT), desk.deviceId(), PushService.identities(batch));
    }

    public be.antwerpen.lom.model.staff.StaffMember staff(String username) {
        return components.db().inSnapshot(c -> components.staff().find(c, username)).orElseThrow().member();
    }

    /**
     * Makes the desk's last contact with the server lie at {@code at}: a desk switched off since (its enrolment moved
     * back, no push or status since).
     */
    public void deskLastHeardAt(String deviceId, java.time.Instant at) {
        components.db().inTransaction(c -> {
            try (var update = c.prepareStatement("UPDATE devices SET enrolled_at = ?, last_seen_at = NULL,"
                    + " reported_at = NULL WHERE id = ?")) {
                update.setLong(1, at.toEpochMilli());
                update.setString(2, deviceId);
                return update.executeUpdate();
            }
        });
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public void start() {
        app = components.httpApi(new HttpSettings("127.0.0.1", port, Optional.empty()));
        app.start();
    }

    public void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    @Override
    public void close() {
        stop();
        db.close();
    }
}
