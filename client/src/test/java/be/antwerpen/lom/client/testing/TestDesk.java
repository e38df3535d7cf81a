package be.antwerpen.lom.client.testing;

import be.antwerpen.lom.client.agenda.AgendaRebase;
import be.antwerpen.lom.client.agenda.LocalAgenda;
import be.antwerpen.lom.client.counter.BookingCodes;
import be.antwerpen.lom.client.counter.CounterActions;
import be.antwerpen.lom.client.counter.OfflineBooking;
import be.antwerpen.lom.client.counter.DeskContext;
import be.antwerpen.lom.client.reference.CurrentReferenceData;
import be.antwerpen.lom.client.store.LocalStore;
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
        agenda = new LocalAgenda(store.database(), store.appointments(), store.outbox(),
                new AgendaRebase(referenceData::durationOf));
        TimeOrderedUuid ids = new TimeOrderedUuid(clock);
        OutboxRecorder recorder = new OutboxRecorder(store.syncState(), store.outbox(), ids, clock);
        actions = new CounterActions(store.database(), agenda, recorder, store.walkInCounter(), ids, clock,
                () -> "agent.antwerpen", () -> DeskContext.of("antwerpen", "Loket 1"), localChanges::incrementAndGet);
        booking = new OfflineBooking(store, referenceData, new AgendaRebase(referenceData::durationOf), actions,
                () -> DeskContext.of("antwerpen", "Loket 1"), ids, new BookingCodes(new SecureRandom()), clock);
    }

    @Override
    public void close() {
        store.close();
    }
}
