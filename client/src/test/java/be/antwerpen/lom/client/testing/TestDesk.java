package be.antwerpen.lom.client.testing;

import be.antwerpen.lom.client.agenda.AgendaRebase;
import be.antwerpen.lom.client.agenda.LocalAgenda;
import be.antwerpen.lom.client.counter.BookingCodes;
import be.antwerpen.lom.client.counter.CounterActions;
import be.antwerpen.lom.client.counter.OfflineBooking;
import be.antwerpen.lom.client.counter.DeskContext;
import be.antwerpen.lom.client.reference.CurrentReferenceData;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.PersonalDataLock;
import be.antwerpen.lom.client.store.PersonalDataVault;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import be.antwerpen.lom.client.store.OutboxRecorder;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.sync.ProtocolJson;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/** A desk's local side wired the way ClientMain wires it, on a real SQLite file in {@code dir}. */
public final class TestDesk implements AutoCloseable {

    private static final Map<Path, byte[]> KEYS = new ConcurrentHashMap<>();

    public final LocalStore store;
    public final CurrentReferenceData referenceData = new CurrentReferenceData();
    public final LocalAgenda agenda;
    public final CounterActions actions;
    public final AtomicInteger localChanges = new AtomicInteger();
    public final OfflineBooking booking;

    public TestDesk(Path dir, Clock clock) {
        store = LocalStore.open(dir, ProtocolJson.newMapper());
        unlock(store, dir);
        agenda = new LocalAgenda(store.database(), store.appointments(), store.outbox(),
                new AgendaRebase(referenceData::durationOf));
        TimeOrderedUuid ids = new TimeOrderedUuid(clock);
        OutboxRecorder recorder = new OutboxRecorder(store.syncState(), store.outbox(), ids, clock);
        actions = new CounterActions(store.database(), agenda, recorder, store.walkInCounter(), ids, clock,
                () -> "agent.antwerpen", () -> DeskContext.of("antwerpen", "Loket 1"), localChanges::incrementAndGet);
        booking = new OfflineBooking(store, referenceData, new AgendaRebase(referenceData::durationOf), actions,
                () -> DeskContext.of("antwerpen", "Loket 1"), ids, new BookingCodes(new SecureRandom()), clock);
    }

    /**
     * Opens the personal data as a staff login would (ADR 0045): with the key this test made for the
     * folder, so a desk opened again on the same folder reads what it sealed before.
     */
    public static void unlock(LocalStore store, Path dir) {
        PersonalDataLock lock = new PersonalDataLock(store);
        byte[] key = KEYS.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> PersonalDataVault.newKey());
        if (lock.currentKeyId().isPresent()) {
            lock.unlock(key);
        } else {
            lock.create(key, java.time.Instant.now());
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
