package be.antwerpen.lom.bench.client;

import be.antwerpen.lom.client.agenda.AgendaRebase;
import be.antwerpen.lom.client.agenda.LocalAgenda;
import be.antwerpen.lom.client.counter.CounterActions;
import be.antwerpen.lom.client.counter.DeskContext;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.PersonalDataLock;
import be.antwerpen.lom.client.store.PersonalDataVault;
import be.antwerpen.lom.client.store.OutboxRecorder;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.sync.ProtocolJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sqlite.SQLiteConfig;

/**
 * A local counter action (life cycle check + state change + outbox entry, one fsync'ed SQLite
 * transaction) beside a bare one-row SQLite commit with the same pragmas, on the same disk.
 *
 * <p>Usage: {@code CounterActionBenchMain [count] [dir]}
 */
public final class CounterActionBenchMain {

    private CounterActionBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("lom-bench-counter");
        Clock clock = Clock.system(ZoneId.of("Europe/Brussels"));
        LocalDate today = LocalDate.now(clock);

        try (LocalStore store = LocalStore.open(dir.resolve("desk"), ProtocolJson.newMapper())) {
            new PersonalDataLock(store).create(PersonalDataVault.newKey(), clock.instant()); // as a login would

            List<UUID> ids = new ArrayList<>();
            Citizen citizen = new Citizen(null, "An", "Peeters", null, null);
            store.database().inTransaction(c -> {
                for (int i = 0; i < count; i++) {
                    UUID id = UUID.randomUUID();
                    ids.add(id);
                    var start = today.atTime(8, 0).plusMinutes(i % 600);
                    store.appointments().upsert(c, new Appointment(id, String.format("B%05d", i), "antwerpen",
                            "EID_APPLY", start, start.plusMinutes(10), citizen, AppointmentStatus.BOOKED,
                            AppointmentOrigin.ONLINE, false, 1));
                }
                return null;
            });
            TimeOrderedUuid uuids = new TimeOrderedUuid(clock);
            LocalAgenda agenda = new LocalAgenda(store.database(), store.appointments(), store.outbox(),
                    new AgendaRebase(code -> java.time.Duration.ofMinutes(10)));
            CounterActions actions = new CounterActions(store.database(), agenda,
                    new OutboxRecorder(store.syncState(), store.outbox(), uuids, clock), store.walkInCounter(), uuids,
                    clock, () -> "bench", () -> DeskContext.of("antwerpen", "Loket 1"), () -> { });
            int warmup = Math.min(200, count / 10);
            long[] nanos = new long[count - warmup];
            for (int i = 0; i < count; i++) {
                long t0 = System.nanoTime();
                actions.checkIn(ids.get(i));
                long t1 = System.nanoTime();
                if (i >= warmup) {
                    nanos[i - warmup] = t1 - t0;
                }
            }
            System.out.println("counter action (check-in + outbox entry): " + new Percentiles(nanos).summary());
        }

        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        try (Connection c = config.createConnection("jdbc:sqlite:" + dir.resolve("bare.db"))) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)");
            }
            c.setAutoCommit(false);
            int warmup = Math.min(200, count / 10);
            long[] nanos = new long[count - warmup];
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
                for (int i = 0; i < count; i++) {
                    long t0 = System.nanoTime();
                    insert.setString(1, "row " + i);
                    insert.executeUpdate();
                    c.commit();
                    long t1 = System.nanoTime();
                    if (i >= warmup) {
                        nanos[i - warmup] = t1 - t0;
                    }
                }
            }
            System.out.println("bare one-row SQLite commit (WAL, synchronous=FULL): " + new Percentiles(nanos).summary());
        }
        System.out.println("data in " + dir);
    }
}
