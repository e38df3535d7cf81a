package be.antwerpen.lom.client.install;

import java.nio.file.Path;

/**
 * What a smoke check found.
 *
 * @param database        the local database file
 * @param schemaVersion   the Flyway schema version after migrating
 * @param pendingCommands commands still waiting in the outbox (kept across upgrades)
 * @param pdf             the first PDF of the rendered test pack
 * @param pdfFiles        how many PDFs the test pack holds
 * @param pages           pages over all PDFs of the test pack
 * @param millis          how long the check took
 */
public record SmokeReport(Path database, String schemaVersion, int pendingCommands, Path pdf, int pdfFiles,
                          int pages, long millis) {

    /** The one-line report the launcher prints. */
    public String line() {
        return "loket-op-maat smoke OK: java " + Runtime.version() + ", database " + database + " (schema "
                + schemaVersion + ", " + pendingCommands + " pending commands), pdf " + pdf + " (" + pdfFiles
                + " files, " + pages + " pages), " + millis + " ms";
    }
}
