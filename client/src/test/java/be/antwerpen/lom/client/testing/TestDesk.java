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

import be.antwerpen.lom.client.store.OutboxRecorder;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.sync.ProtocolJson;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/** A desk's local side wired the way ClientMain wires it, on a real SQLite file in {@code dir}. */
public final class TestDesk implements AutoCloseable {

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
     * folder, so a desk opened again on the same folder (also in another process) reads what it sealed
     * before. The test key lives next to the data folder, never in it.
     */
    public static void unlock(LocalStore store, Path dir) {
        PersonalDataLock lock = new PersonalDataLock(store);
        Path keyFile = dir.toAbsolutePath().normalize().resolveSibling(dir.getFileName() + ".test-data-key");
        byte[] key;
        try {
            if (java.nio.file.Files.exists(keyFile)) {
                key = java.nio.file.Files.readAllBytes(keyFile);
            } else {
                key = PersonalDataVault.newKey();
                java.nio.file.Files.write(keyFile, key);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
