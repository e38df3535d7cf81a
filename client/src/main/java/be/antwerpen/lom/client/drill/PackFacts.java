package be.antwerpen.lom.client.drill;

import be.antwerpen.lom.client.downtime.DowntimePackFolder;
import be.antwerpen.lom.client.store.LocalDatabase;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

/** When the desk's current paper pack was made and when a pack was last printed at this desk (ADR 0111). */
public final class PackFacts {

    static final String PRINTED_AT = "pack_printed_at";

    private final DowntimePackFolder folder;
    private final Supplier<Optional<String>> location;
    private final LocalDatabase database;
    private final DrillStore store;
    private final ZoneId zone;

    public PackFacts(DowntimePackFolder folder, Supplier<Optional<String>> location, LocalDatabase database,
                     DrillStore store, ZoneId zone) {
        this.folder = folder;
        this.location = location;
        this.database = database;
        this.store = store;
        this.zone = zone;
    }

    /** When the latest pack of the desk's location was made, or empty when it has none. */
    public Optional<Instant> madeAt() {
        return location.get().flatMap(folder::latest).map(p -> p.manifest().generatedAt().atZone(zone).toInstant());
    }

    public Optional<Instant> printedAt() {
        return database.inTransaction(c -> store.fact(c, PRINTED_AT)).map(Instant::parse);
    }

    /** Whether the current pack was printed after it was made. */
    public boolean currentPrinted() {
        Optional<Instant> made = madeAt();
        Optional<Instant> printed = printedAt();
        return made.isPresent() && printed.isPresent() && !printed.get().isBefore(made.get());
    }

    /** A print run of the pack finished at this desk. */
    public void printed(Instant at) {
        database.inTransaction(c -> {
            store.saveFact(c, PRINTED_AT, at.toString());
            return null;
        });
    }
}
