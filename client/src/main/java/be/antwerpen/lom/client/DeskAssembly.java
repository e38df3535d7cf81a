package be.antwerpen.lom.client;

import be.antwerpen.lom.client.agenda.AgendaRebase;
import be.antwerpen.lom.client.agenda.LocalAgenda;
import be.antwerpen.lom.client.auth.DeskDataKeyRelease;
import be.antwerpen.lom.client.auth.DeskEnrollment;
import be.antwerpen.lom.client.auth.DeskSession;
import be.antwerpen.lom.client.auth.IdleLock;
import be.antwerpen.lom.client.auth.OfflineVerifier;
import be.antwerpen.lom.client.auth.SessionCommandSigner;
import be.antwerpen.lom.client.auth.SessionCredentials;
import be.antwerpen.lom.client.auth.StaffLogin;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.counter.BookingCodes;
import be.antwerpen.lom.client.counter.CounterActions;
import be.antwerpen.lom.client.counter.DeskContext;
import be.antwerpen.lom.client.counter.OfflineBooking;
import be.antwerpen.lom.client.downtime.DowntimePackFolder;
import be.antwerpen.lom.client.drill.DeskDrills;
import be.antwerpen.lom.client.drill.DrillGate;
import be.antwerpen.lom.client.downtime.DowntimePackRenderer;
import be.antwerpen.lom.client.downtime.desk.DowntimePackGenerator;
import be.antwerpen.lom.client.downtime.desk.DowntimePackSchedule;
import be.antwerpen.lom.client.downtime.desk.PackGenerationProgress;
import be.antwerpen.lom.client.downtime.desk.LeasedSerialStore;
import be.antwerpen.lom.client.downtime.desk.PackSerials;
import be.antwerpen.lom.client.downtime.desk.ServerSerialLeases;
import be.antwerpen.lom.client.reference.CurrentReferenceData;
import be.antwerpen.lom.client.rekey.PaperFallback;
import be.antwerpen.lom.client.rekey.PaperFormLookup;
import be.antwerpen.lom.client.rekey.PaperRekeying;
import be.antwerpen.lom.client.rekey.RekeyProgress;
import be.antwerpen.lom.client.rekey.RekeyedFormStore;
import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.OutboxRecorder;
import be.antwerpen.lom.client.store.PackPasswordStore;
import be.antwerpen.lom.client.supervisor.AppointmentCodeLookup;
import be.antwerpen.lom.client.supervisor.AuditTrail;
import be.antwerpen.lom.client.supervisor.ConflictInbox;
import be.antwerpen.lom.client.supervisor.DayEndReports;
import be.antwerpen.lom.client.supervisor.OpenConflicts;
import be.antwerpen.lom.client.supervisor.SeatCapacities;
import be.antwerpen.lom.client.supervisor.SupervisorApi;
import be.antwerpen.lom.client.supervisor.SupervisorServices;
import be.antwerpen.lom.client.sync.DeskChanges;
import be.antwerpen.lom.client.sync.ReconnectProbe;
import be.antwerpen.lom.client.sync.RetryBackoff;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.sync.ServerConnectionFactory;
import be.antwerpen.lom.client.sync.SyncApi;
import be.antwerpen.lom.client.sync.SyncEngine;
import be.antwerpen.lom.client.sync.TrustStoreSettings;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.sync.ProtocolJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Builds the desk's object graph below the UI from its options: the composition of {@code ClientMain},
 * also used by the end-to-end tests and benchmarks so they run the same wiring.
 */
public final class DeskAssembly {

    /** Blank walk-in forms per common product in each day's pack. */
    public static final int FORMS_PER_PRODUCT = 10;
    /** From this time on, the desk makes the next day's pack. */
    public static final LocalTime EVENING_PACK_AT = LocalTime.of(19, 0);

    /**
     * Commands per push: the server's 1,000 per batch (docs/sync-protocol.md). Fewer requests make a catch-up
     * faster (issue 16: 8-11 % against 500 for one desk, as fast for ten); the push also keeps each request under
     * the server's body limit by the payloads' size.
     */
    static final int PUSH_BATCH = 1_000;
    /** Changes per pull page: the server's largest page (one transaction and one commit per page). */
    static final int PULL_PAGE = 1_000;

    private DeskAssembly() {
    }

    public static DeskServices build(ClientOptions options, Clock clock, ScheduledExecutorService syncScheduler,
                                     int kdfIterations) {
        ObjectMapper json = ProtocolJson.newMapper();
        LocalStore store = LocalStore.open(options.dataDir(), json);
        CurrentReferenceData referenceData = new CurrentReferenceData();
        store.database().inTransaction(store.referenceData()::load).ifPresent(referenceData::set);

        AtomicReference<Optional<DeviceIdentity>> identity = new AtomicReference<>(
                store.database().inTransaction(store.syncState()::read).enrolled());
        Supplier<Optional<DeviceIdentity>> currentIdentity = () -> {
            Optional<DeviceIdentity> known = identity.get();
            if (known.isEmpty()) {
                known = store.database().inTransaction(store.syncState()::read).enrolled();
                identity.set(known);
            }
            return known;
        };
        Supplier<DeskContext> desk = () -> currentIdentity.get()
                .map(i -> DeskContext.of(i.locationId(), i.deskName()))
                .orElseThrow(() -> new IllegalStateException("the desk is not enrolled"));

        DeskSession session = new DeskSession();
        TrustStoreSettings trust = options.trustStore() == null ? null
                : new TrustStoreSettings(options.trustStore(), options.trustStorePassword().toCharArray());
        DrillGate drillGate = new DrillGate(clock);
        ServerConnectionFactory connections = new ServerConnectionFactory(json, trust,
                new SessionCredentials(session, currentIdentity), Duration.ofSeconds(20), drillGate);
        ServerCalls calls = new ServerCalls(json);

        AgendaRebase rebase = new AgendaRebase(referenceData::durationOf);
        LocalAgenda agenda = new LocalAgenda(store.database(), store.appointments(), store.outbox(), rebase);
        TimeOrderedUuid ids = new TimeOrderedUuid(clock);
        OutboxRecorder recorder = new OutboxRecorder(store.syncState(), store.outbox(), ids, clock,
                new SessionCommandSigner(session));
        DeskDataKeyRelease dataKey = DeskDataKeyRelease.forStore(store, clock, new SecureRandom());
        StaffLogin login = new StaffLogin(store, connections::connect, calls,
                new OfflineVerifier(kdfIterations, new SecureRandom()), session, clock, options.offlineGrace(), json,
                dataKey);
        SyncEngine sync = new SyncEngine(store, connections::connect, calls, login, syncScheduler, clock,
                new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(60), new SecureRandom()),
                Duration.ofSeconds(10), PUSH_BATCH, PULL_PAGE, json, referenceData::set,
                new ReconnectProbe(Duration.ofSeconds(1), Duration.ofSeconds(3), new SecureRandom()));
        DeskChanges changes = new DeskChanges(sync::localChanged);
        sync.addListener(changes::syncStatusChanged);
        CounterActions actions = new CounterActions(store.database(), agenda, recorder, store.walkInCounter(), ids,
                clock, session::actor, desk, changes::localWrite);
        OfflineBooking booking = new OfflineBooking(store, referenceData, rebase, actions, desk, ids,
                new BookingCodes(new SecureRandom()), clock);
        DeskEnrollment enrollment = new DeskEnrollment(store, connections::connect, calls,
                enrolled -> identity.set(Optional.of(enrolled)), clock);
        String serverForProbe = options.serverUrl();
        PaperFallback paper = paperFallback(options, store, agenda, recorder, ids, clock, session, desk,
                changes, () -> connections.connect(currentIdentity.get().map(DeviceIdentity::serverUrl)
                        .orElse(serverForProbe)), calls);
        DeskDrills drills = DeskDrills.start(store, drillGate, connections, calls, currentIdentity, serverForProbe,
                options.dataDir(), clock, sync, syncScheduler);
        return new DeskServices(store, referenceData, agenda, actions, booking, sync, changes, enrollment, login,
                session,
                new IdleLock(clock, options.idleLock()),
                () -> {
                    String url = currentIdentity.get().map(DeviceIdentity::serverUrl).orElse(serverForProbe);
                    return calls.execute(connections.connect(url).health()).path("demo").asBoolean(false);
                },
                clock, options.serverUrl(), paper,
                url -> supervisor(connections.connect(url, SupervisorApi.class), calls, store), drills);
    }

    private static SupervisorServices supervisor(SupervisorApi api, ServerCalls calls, LocalStore store) {
        return new SupervisorServices(new ConflictInbox(api, calls), new OpenConflicts(api, calls),
                new DayEndReports(api, calls), new AuditTrail(api, calls, new AppointmentCodeLookup(store.database())),
                new SeatCapacities(api, calls));
    }

    private static PaperFallback paperFallback(ClientOptions options, LocalStore store, LocalAgenda agenda,
                                               OutboxRecorder recorder, TimeOrderedUuid ids, Clock clock,
                                               DeskSession session, Supplier<DeskContext> desk, DeskChanges changes,
                                               Supplier<SyncApi> api, ServerCalls calls) {
        DowntimePackFolder folder = new DowntimePackFolder(options.dataDir());
        PackPasswordStore packPasswords = new PackPasswordStore(store.vault(), new SecureRandom());
        PackSerials serials = new PackSerials(new LeasedSerialStore(), clock);
        RekeyedFormStore forms = new RekeyedFormStore();
        Supplier<String> location = () -> desk.get().locationId();
        RekeyProgress progress = new RekeyProgress(store.database(), forms, folder, location);
        DowntimePackGenerator generator = new DowntimePackGenerator(store, agenda, serials,
                DowntimePackRenderer.withEmbeddedFonts(), folder, desk, clock, FORMS_PER_PRODUCT, packPasswords,
                progress);
        ServerSerialLeases leases = new ServerSerialLeases(api, calls);
        PackGenerationProgress generation = new PackGenerationProgress();
        DowntimePackSchedule schedule = new DowntimePackSchedule(generator, store.database(), serials, leases,
                Executors.newSingleThreadExecutor(r -> {
                    Thread thread = new Thread(r, "desk-downtime-pack");
                    thread.setDaemon(true);
                    thread.setPriority(Thread.MIN_PRIORITY);
                    return thread;
                }), clock, EVENING_PACK_AT, generation, pack -> { });
        return new PaperFallback(folder, generator, schedule, serials, leases,
                new PaperFormLookup(store.database(), agenda, folder, location),
                new PaperRekeying(store.database(), agenda, recorder, forms, store.referenceData(), ids, clock,
                        session::actor, desk, changes::localWrite),
                progress, generation);
    }

    /** A daemon single-thread scheduler for the sync engine. */
    public static ScheduledExecutorService syncScheduler() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "desk-sync");
            thread.setDaemon(true);
            return thread;
        });
    }
}
