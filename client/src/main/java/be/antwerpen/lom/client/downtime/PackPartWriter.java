package be.antwerpen.lom.client.downtime;

import java.io.IOException;

/** Writes one PDF file of the pack. */
interface PackPartWriter {

    /** The file name inside the pack folder, e.g. {@code 01-run-sheet.pdf}. */
    String fileName();

    /** The document title (PDF metadata); never personal data. */
    String title();

    void write(PackPlan plan, PackDocument document) throws IOException;

    /** Whether the file lists citizens' data (then it is encrypted with the pack password, ADR 0046). */
    default boolean holdsPersonalData() {
        return false;
    }
}
