package be.antwerpen.lom.client.drill;

import be.antwerpen.lom.client.downtime.DowntimePackFolder;
import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.sync.ServerConnectionFactory;
import be.antwerpen.lom.client.sync.SyncEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The desk's drill pieces (ADR 0110, 0111): the gate in its connection, the keeper of its drills, the pack
 * facts it reports, and the supervisor's drill and live view calls.
 *
 * @param supervisorApi the drill endpoints of a server, for a supervisor's screens
 */
public record DeskDrills(DrillGate gate, DrillKeeper keeper, PackFacts packs, Function<String, DrillApi> supervisorApi,
                         ServerCalls calls, StalenessAlarm alarm) {

    /** How often a desk in a drill asks whether the drill is still on. */
    public static final Duration STATUS_EVERY = Duration.ofSeconds(60);
    /** How often the keeper looks whether a drill begins or ends. */
    public static final Duration TICK = Duration.ofSeconds(2);

    /**
     * Builds the keeper, ends a drill the desk was switched off in, hooks the status report into each sync
     * round and starts the ticks on {@code scheduler}.
     */
    public static DeskDrills start(LocalStore store, DrillGate gate, ServerConnectionFactory connections,
                                   ServerCalls calls, Supplier<Optional<DeviceIdentity>> identity, String defaultUrl,
                                   Path dataDir, Clock clock, SyncEngine sync, ScheduledExecutorService scheduler) {
        DrillStore drills = new DrillStore();
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        PackFacts packs = new PackFacts(new DowntimePackFolder(dataDir),
                () -> identity.get().map(DeviceIdentity::locationId), store.database(), drills, brussels);
        Supplier<DrillApi> api = () -> connections.connect(identity.get().map(DeviceIdentity::serverUrl)
                .orElse(defaultUrl), DrillApi.class);
        DrillKeeper keeper = new DrillKeeper(store, drills, gate, packs, api, calls, clock, sync::requestSync,
                STATUS_EVERY, DeskVersion.current());
        keeper.startUp();
        sync.afterEachRound(keeper::afterRound);
        scheduler.scheduleWithFixedDelay(keeper::tickQuietly, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        return new DeskDrills(gate, keeper, packs, url -> connections.connect(url, DrillApi.class), calls,
                new StalenessAlarm(store, packs, keeper, clock));
    }
}
