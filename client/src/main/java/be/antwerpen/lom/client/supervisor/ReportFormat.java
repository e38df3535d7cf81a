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

    /** {@code reconciliation-antwerpen-2026-11-30.csv} */
    public String fileName(String locationId, LocalDate date) {
        return "reconciliation-" + locationId + "-" + date + "." + extension();
    }
}
