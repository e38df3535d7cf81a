package be.antwerpen.lom.client.downtime;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;

/** A pack found on disk with its manifest. */
public record StoredPack(Path folder, PackManifest manifest) {

    /** A file of the pack by name, e.g. {@code 01-run-sheet.pdf}. */
    public Path file(String name) {
        return folder.resolve(name);
    }

    /** How old the pack's data is at {@code now} (time since the last sync it was made from). */
    public Duration dataAge(LocalDateTime now) {
        return Duration.between(manifest.dataAsOf(), now);
    }

    /** How long ago the pack was generated. */
    public Duration age(LocalDateTime now) {
        return Duration.between(manifest.generatedAt(), now);
    }
}
