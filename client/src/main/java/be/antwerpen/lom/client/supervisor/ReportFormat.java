package be.antwerpen.lom.client.supervisor;

import java.time.LocalDate;
import java.util.Locale;

/** The file formats the server exports the day-end report in. */
public enum ReportFormat {
    CSV("text/csv"),
    PDF("application/pdf");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The value of the {@code format} query parameter and the file extension. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String mediaType() {
        return mediaType;
    }

    /** {@code dagrapport-antwerpen-2026-11-30.csv} for the prefix {@code dagrapport} (worded by the desk's language) */
    public String fileName(String prefix, String locationId, LocalDate date) {
        return prefix + "-" + locationId + "-" + date + "." + extension();
    }
}
