package be.antwerpen.lom.client.downtime;

import be.antwerpen.lom.model.validation.Require;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where packs live on the desk: {@code <data-dir>/downtime-pack/<locationId>/<yyyy-MM-dd>/}, each
 * day folder holding {@code 00-cover.pdf}, {@code 01-run-sheet.pdf}, {@code 02-intake-forms.pdf},
 * {@code 03-walk-in-forms.pdf} and {@code pack.json}. Staff can open these files with any PDF
 * viewer when the application does not start; the run sheet and intake forms, which list citizens,
 * with the pack password a supervisor holds (ADR 0046).
 */
public final class DowntimePackFolder {

    public static final String FOLDER_NAME = "downtime-pack";
    private static final Logger LOG = LoggerFactory.getLogger(DowntimePackFolder.class);

    private final Path root;
    private final PackManifestJson manifestJson = new PackManifestJson();
    private final FolderSwap folderSwap = new FolderSwap();

    /** @param dataDir the client's data directory */
    public DowntimePackFolder(Path dataDir) {
        this.root = Require.present(dataDir, "dataDir").resolve(FOLDER_NAME);
    }

    public Path root() {
        return root;
    }

    public Path locationFolder(String locationId) {
        Require.that(locationId != null && locationId.matches("[a-z0-9-]{1,40}"), "locationId",
                "location id must be lower-case letters, digits or '-'");
        return root.resolve(locationId);
    }

    /** The folder of one day's pack (it need not exist yet). */
    public Path dayFolder(String locationId, LocalDate day) {
        return locationFolder(locationId).resolve(Require.present(day, "day").toString());
    }

    /** The pack for a day, when one was written completely. */
    public Optional<StoredPack> forDay(String locationId, LocalDate day) {
        return read(dayFolder(locationId, day));
    }

    /** The pack with the latest day, e.g. tomorrow's pack printed the evening before. */
    public Optional<StoredPack> latest(String locationId) {
        List<LocalDate> days = days(locationId);
        for (int i = days.size() - 1; i >= 0; i--) {
            Optional<StoredPack> pack = forDay(locationId, days.get(i));
            if (pack.isPresent()) {
                return pack;
            }
        }
        return Optional.empty();
    }

    /** All complete packs of a location, oldest day first. */
    public List<StoredPack> list(String locationId) {
        List<StoredPack> packs = new ArrayList<>();
        for (LocalDate day : days(locationId)) {
            forDay(locationId, day).ifPresent(packs::add);
        }
        return packs;
    }

    /**
     * Deletes the packs of days before {@code keepFrom} and left-over staging folders of failed runs.
     *
     * @return how many folders were deleted
     */
    public int prune(String locationId, LocalDate keepFrom) {
        return prune(locationId, keepFrom, pack -> false);
    }

    /**
     * Deletes the packs of days before {@code keepFrom} that {@code stillNeeded} does not hold on to, and
     * left-over staging folders of failed runs. A day folder without a readable manifest is deleted.
     *
     * @return how many folders were deleted
     */
    public int prune(String locationId, LocalDate keepFrom, Predicate<StoredPack> stillNeeded) {
        int deleted = 0;
        for (LocalDate day : days(locationId)) {
            if (day.isBefore(keepFrom) && !forDay(locationId, day).filter(stillNeeded).isPresent()) {
                folderSwap.deleteQuietly(dayFolder(locationId, day));
                deleted++;
            }
        }
        for (Path leftover : children(locationFolder(locationId))) {
            String name = leftover.getFileName().toString();
            if (name.startsWith(".") && (name.contains(FolderSwap.STAGING_MARK) || name.contains(FolderSwap.RETIRED_MARK))) {
                folderSwap.deleteQuietly(leftover);
                deleted++;
            }
        }
        return deleted;
    }

    private List<LocalDate> days(String locationId) {
        List<LocalDate> days = new ArrayList<>();
        for (Path child : children(locationFolder(locationId))) {
            try {
                days.add(LocalDate.parse(child.getFileName().toString()));
            } catch (DateTimeParseException e) {
                // not a day folder (staging folder or something a person put there)
            }
        }
        days.sort(Comparator.naturalOrder());
        return days;
    }

    private Optional<StoredPack> read(Path folder) {
        Path manifest = folder.resolve(PackManifest.FILE_NAME);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StoredPack(folder, manifestJson.read(manifest)));
        } catch (IOException e) {
            LOG.warn("Ignoring downtime pack {}: its manifest cannot be read ({})", folder.getFileName(), e.getMessage());
            return Optional.empty();
        }
    }

    private static List<Path> children(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> stream = Files.list(folder)) {
            return stream.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
