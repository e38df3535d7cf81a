package be.antwerpen.lom.client.downtime.desk;

import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.client.agenda.LocalAgenda;
import be.antwerpen.lom.client.counter.DeskContext;
import be.antwerpen.lom.client.downtime.DowntimePackFolder;
import be.antwerpen.lom.client.downtime.DowntimePackRenderer;
import be.antwerpen.lom.client.downtime.DowntimePackRequest;
import be.antwerpen.lom.client.downtime.PackManifest;
import be.antwerpen.lom.client.downtime.PackProgressListener;
import be.antwerpen.lom.client.downtime.PackProtection;
import be.antwerpen.lom.client.downtime.RenderedPack;
import be.antwerpen.lom.client.downtime.SerialRange;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.PackPasswordStore;
import be.antwerpen.lom.client.store.PrivateFiles;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.BookingWindow;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.reference.OpeningCalendar;
import be.antwerpen.lom.model.reference.ReferenceData;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one day's downtime pack from the local store: the location's appointments as the desk
 * shows them, the reference data, and the day's block of leased serials; then prunes days
 * before yesterday whose forms are all entered, and any pack older than the server accepts paper
 * for (ADR 0144): a form still to enter keeps its pack, so it can be found and re-keyed. Blocking:
 * call it off the event thread; one pack is made at a time.
 */
public final class DowntimePackGenerator {

    /** Blank walk-in forms are printed for these products, when the catalogue has them, in this order. */
    public static final List<String> COMMON_WALK_IN_PRODUCTS = List.of("EID_APPLY", "PASSPORT", "ADDRESS_CHANGE",
            "POPULATION_CERTIFICATE", "DRIVING_LICENCE");

    private static final Logger LOG = LoggerFactory.getLogger(DowntimePackGenerator.class);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final LocalStore store;
    private final LocalAgenda agenda;
    private final PackSerials serials;
    private final DowntimePackRenderer renderer;
    private final DowntimePackFolder folder;
    private final Supplier<DeskContext> desk;
    private final Clock clock;
    private final int formsPerProduct;
    private final PackPasswordStore passwords;
    private final EnteredForms entered;

    /** @param entered whether a pack's forms are all entered; a pack with a form still to enter is kept */
    public DowntimePackGenerator(LocalStore store, LocalAgenda agenda, PackSerials serials,
                                 DowntimePackRenderer renderer, DowntimePackFolder folder, Supplier<DeskContext> desk,
                                 Clock clock, int formsPerProduct, PackPasswordStore passwords, EnteredForms entered) {
        this.store = store;
        this.agenda = agenda;
        this.serials = serials;
        this.renderer = renderer;
        this.folder = folder;
        this.desk = desk;
        this.clock = clock;
        this.formsPerProduct = formsPerProduct;
        this.passwords = passwords;
        this.entered = entered;
    }

    /**
     * The desk's pack password, which opens the pack's PDFs that list citizens (ADR 0046); only while
     * someone is logged in. The caller wipes it.
     */
    public char[] packPassword() {
        return store.database().inTransaction(passwords::current);
    }

    public DowntimePackFolder folder() {
        return folder;
    }

    /**
     * The day a pack made "for {@code day}" is for: {@code day} itself when the desk's location opens
     * then, else the next open day (a closed Sunday or public holiday gets no pack of its own, ADR 0119).
     * {@code day} when the desk has no reference data or the location does not open within the horizon.
     */
    public LocalDate packDayFrom(LocalDate day) {
        String locationId = desk.get().locationId();
        return store.database().inTransaction(store.referenceData()::load)
                .flatMap(r -> new OpeningCalendar(r, locationId).nextOpenDayFrom(day))
                .map(OpeningCalendar.OpenDay::date)
                .orElse(day);
    }

    /**
     * Renders the pack of {@code day}.
     *
     * @return empty when the desk has no reference data yet (it has never synced), or when the location
     *         is closed on {@code day} (no blank forms for a day without counter service)
     */
    public synchronized Optional<RenderedPack> generate(LocalDate day, PackProgressListener progress) {
        DeskContext context = desk.get();
        ReferenceData reference = store.database().inTransaction(store.referenceData()::load).orElse(null);
        if (reference == null) {
            LOG.info("No downtime pack yet: the desk has no reference data");
            return Optional.empty();
        }
        if (!new OpeningCalendar(reference, context.locationId()).openOn(day)) {
            LOG.info("No downtime pack for {}: the location is closed that day", day);
            return Optional.empty();
        }
        Location location = reference.location(context.locationId()).orElseThrow(() ->
                new IllegalStateException("the desk's location " + context.locationId() + " is not in the reference data"));
        List<String> walkIn = COMMON_WALK_IN_PRODUCTS.stream().filter(code -> reference.product(code).isPresent())
                .toList();
        int wanted = walkIn.size() * formsPerProduct;
        Optional<SerialRange> block = store.database().inTransaction(c -> serials.blockFor(c, day, wanted));
        SerialRange range;
        int perProduct;
        if (block.isPresent()) {
            range = block.get();
            perProduct = formsPerProduct;
        } else {
            List<SerialRange> held = store.database().inTransaction(serials::leases);
            if (held.isEmpty()) {
                LOG.info("No downtime pack yet: the desk holds no serial range");
                return Optional.empty();
            }
            LOG.warn("Not enough unused serials for blank forms; the pack of {} has none", day);
            range = held.get(held.size() - 1);
            perProduct = 0;
        }
        List<Appointment> appointments = agenda.day(day).stream().filter(e -> !e.refusedBooking())
                .map(AgendaEntry::appointment)
                .filter(a -> a.locationId().equals(location.id()))
                .toList();
        LocalDateTime now = LocalDateTime.now(clock.withZone(BRUSSELS)).withNano(0);
        Instant lastSync = store.database().inTransaction(store.syncState()::read).lastSyncAt();
        LocalDateTime dataAsOf = lastSync == null ? now : LocalDateTime.ofInstant(lastSync, BRUSSELS).withNano(0);
        if (dataAsOf.isAfter(now)) {
            dataAsOf = now;
        }
        List<Product> products = reference.products();
        DowntimePackRequest request = new DowntimePackRequest(location, context.deskName(), day, now, dataAsOf,
                appointments, products, range, walkIn, perProduct);
        char[] password = store.database().inTransaction(passwords::current);
        PackProtection protection = PackProtection.withPassword(password);
        Arrays.fill(password, '\0');
        RenderedPack pack;
        try {
            pack = renderer.render(request, folder.dayFolder(location.id(), day), progress, protection);
        } finally {
            protection.wipe();
        }
        try {
            PrivateFiles.tighten(folder.root());
        } catch (IOException e) {
            LOG.warn("could not make the pack folder private: {}", e.getMessage());
        }
        pruneOldPacks(location.id());
        LOG.info("Downtime pack of {} ready ({} appointments, {} blank forms)", day, appointments.size(),
                pack.manifest().walkInForms().size());
        return Optional.of(pack);
    }

    /**
     * Deletes the packs of days before yesterday whose forms are all entered, and those older than
     * {@link BookingWindow#MAX_OFFLINE}, which the server no longer accepts paper for. When it cannot tell
     * which forms are entered, it keeps every pack: a pack deleted too early cannot be brought back.
     */
    private void pruneOldPacks(String locationId) {
        LocalDate today = LocalDate.now(clock.withZone(BRUSSELS));
        LocalDate keyableFrom = today.minusDays(BookingWindow.MAX_OFFLINE.toDays());
        try {
            Predicate<PackManifest> allEntered = entered.allEnteredNow();
            int deleted = folder.prune(locationId, today.minusDays(1),
                    old -> !old.manifest().day().isBefore(keyableFrom) && !allEntered.test(old.manifest()));
            if (deleted > 0) {
                LOG.info("Deleted {} old downtime pack folder(s)", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warn("Pruning old downtime packs stopped: which of their forms are entered could not be read ({})",
                    e.getClass().getSimpleName());
        }
    }
}
