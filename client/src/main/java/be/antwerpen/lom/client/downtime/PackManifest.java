package be.antwerpen.lom.client.downtime;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code pack.json}: what a pack on disk holds, readable without PDFBox. It identifies forms by
 * appointment id, appointment code and serial only; it holds no personal data.
 *
 * @param formatVersion   version of this file's layout
 * @param locationId      location
 * @param locationName    location display name
 * @param deskName        desk the pack was made for
 * @param day             the day the pack covers
 * @param generatedAt     when the pack was made (Brussels wall clock)
 * @param dataAsOf        last successful sync before it was made
 * @param serialRange     the range the desk held, e.g. {@code ANT1-W-000101 .. ANT1-W-000200}
 * @param serialsIssued   serials printed on blank forms, in print order
 * @param appointments    the appointments that have an intake form, in print order
 * @param walkInForms     the blank forms: serial and product
 * @param files           the PDF files with their page counts
 * @param replacedCharacters how many characters the font could not print and were replaced
 */
public record PackManifest(
        int formatVersion,
        String locationId,
        String locationName,
        String deskName,
        LocalDate day,
        LocalDateTime generatedAt,
        LocalDateTime dataAsOf,
        String serialRange,
        List<String> serialsIssued,
        List<Entry> appointments,
        List<WalkInEntry> walkInForms,
        List<PackFile> files,
        int replacedCharacters) {

    public static final int FORMAT_VERSION = 1;
    public static final String FILE_NAME = "pack.json";

    public PackManifest {
        serialsIssued = serialsIssued == null ? List.of() : List.copyOf(serialsIssued);
        appointments = appointments == null ? List.of() : List.copyOf(appointments);
        walkInForms = walkInForms == null ? List.of() : List.copyOf(walkInForms);
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** The appointment codes, in print order. */
    public List<String> appointmentCodes() {
        return appointments.stream().map(Entry::code).toList();
    }

    /** One appointment with an intake form. */
    public record Entry(UUID id, String code, LocalDateTime start, String productCode) {
    }

    /** One blank walk-in form. */
    public record WalkInEntry(String serial, String productCode) {
    }

    /** One PDF of the pack. */
    public record PackFile(String name, int pages, long bytes) {
    }
}
