package be.antwerpen.lom.client.rekey;

import be.antwerpen.lom.client.counter.DeskContext;
import be.antwerpen.lom.client.downtime.DowntimePackFolder;
import be.antwerpen.lom.client.downtime.DowntimePackRenderer;
import be.antwerpen.lom.client.downtime.SerialRange;
import be.antwerpen.lom.client.downtime.desk.DowntimePackGenerator;
import be.antwerpen.lom.client.downtime.desk.LeasedSerialStore;
import be.antwerpen.lom.client.downtime.desk.PackSerials;
import be.antwerpen.lom.client.store.PackPasswordStore;
import be.antwerpen.lom.client.store.OutboxRecorder;
import be.antwerpen.lom.client.testing.TestDesk;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.location.OpeningBlock;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import java.util.function.Supplier;

/** A test desk with reference data, a leased serial range, the downtime pack pieces and the re-keying service. */
final class PaperDesk implements AutoCloseable {

    static final ReferenceData REFERENCE = ReferenceDataLoader.antwerpExample();
    static final Supplier<DeskContext> DESK = () -> DeskContext.of("antwerpen", "Loket 1");

    final TestDesk desk;
    final DowntimePackFolder folder;
    final PackSerials serials;
    final DowntimePackGenerator generator;
    final RekeyedFormStore forms = new RekeyedFormStore();
    final PaperFormLookup lookup;
    final PaperRekeying rekeying;
    final RekeyProgress progress;

    PaperDesk(Path dir, Clock clock) {
        desk = new TestDesk(dir, clock);
        desk.referenceData.set(REFERENCE);
        desk.store.database().inTransaction(c -> {
            desk.store.referenceData().save(c, REFERENCE, clock.instant());
            return null;
        });
        folder = new DowntimePackFolder(dir);
        serials = new PackSerials(new LeasedSerialStore(), clock);
        progress = new RekeyProgress(desk.store.database(), forms, folder, () -> "antwerpen");
        generator = new DowntimePackGenerator(desk.store, desk.agenda, serials,
                DowntimePackRenderer.withEmbeddedFonts(), folder, DESK, clock, 2,
                new PackPasswordStore(desk.store.vault(), new java.security.SecureRandom()), progress);
        TimeOrderedUuid ids = new TimeOrderedUuid(clock);
        lookup = new PaperFormLookup(desk.store.database(), desk.agenda, folder, () -> "antwerpen");
        rekeying = new PaperRekeying(desk.store.database(), desk.agenda,
                new OutboxRecorder(desk.store.syncState(), desk.store.outbox(), ids, clock), forms,
                desk.store.referenceData(), ids, clock, () -> "agent.antwerpen", DESK,
                desk.localChanges::incrementAndGet);
    }

    void lease(SerialRange range) {
        desk.store.database().inTransaction(c -> {
            serials.add(c, range);
            return null;
        });
    }

    Appointment book(String code, LocalDateTime start, String given, String family) {
        Appointment a = new Appointment(UUID.randomUUID(), code, "antwerpen", "EID_APPLY", start,
                start.plusMinutes(10), new Citizen(NationalRegisterNumber.parse("85073003328"), given, family, null,
                null), AppointmentStatus.BOOKED, AppointmentOrigin.ONLINE, false, 1);
        desk.store.database().inTransaction(c -> {
            desk.store.appointments().upsert(c, a);
            return null;
        });
        return a;
    }

    /** A time within the first opening block of antwerpen on {@code day}. */
    static LocalTime openTime(LocalDate day) {
        OpeningBlock block = REFERENCE.schedule("antwerpen").orElseThrow().blocksOn(day.getDayOfWeek()).get(0);
        return block.start().plusMinutes(30);
    }

    /** A time before antwerpen opens on {@code day}. */
    static LocalTime beforeOpening(LocalDate day) {
        OpeningBlock block = REFERENCE.schedule("antwerpen").orElseThrow().blocksOn(day.getDayOfWeek()).get(0);
        return block.start().minusMinutes(30);
    }

    @Override
    public void close() {
        desk.close();
    }
}
