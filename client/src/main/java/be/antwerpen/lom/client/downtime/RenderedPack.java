package be.antwerpen.lom.client.downtime;

import java.nio.file.Path;

/** A pack that was written completely: where it is and what it holds. */
public record RenderedPack(Path folder, PackManifest manifest) {

    /** A file of the pack, e.g. {@code folder().resolve("01-run-sheet.pdf")}. */
    public Path file(String name) {
        return folder.resolve(name);
    }
}
