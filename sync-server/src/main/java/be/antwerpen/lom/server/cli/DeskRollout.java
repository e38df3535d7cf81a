package be.antwerpen.lom.server.cli;

import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.server.auth.EnrollmentService.DeskToEnroll;
import be.antwerpen.lom.server.auth.EnrollmentService.IssuedCode;
import be.antwerpen.lom.server.device.Device;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rolling out many desks: reads the list of desks to prepare (CSV with a header {@code location,desk}),
 * checks every row before anything is issued, and writes issued codes and device lists as CSV or JSON
 * for the IT department's own tools.
 */
final class DeskRollout {

    static final int MAX_DESK_NAME = 40;

    private final ReferenceData reference;
    private final CsvMapper csv = new CsvMapper();
    private final ObjectMapper json;

    DeskRollout(ReferenceData reference, ObjectMapper json) {
        this.reference = reference;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** The desks of the list, or every problem of it (with line numbers) in one exception. */
    List<DeskToEnroll> read(Reader in) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(true);
        List<DeskToEnroll> desks = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class).with(schema)
                .readValues(in)) {
            int line = 1;
            while (rows.hasNext()) {
                line++;
                Map<String, String> row = rows.next();
                String location = strip(row.get("location"));
                String desk = strip(row.get("desk"));
                if (location.isEmpty() && desk.isEmpty()) {
                    continue;
                }
                if (reference.location(location).isEmpty()) {
                    problems.add("line " + line + ": unknown location '" + location + "'");
                }
                if (desk.isEmpty() || desk.length() > MAX_DESK_NAME || desk.chars().anyMatch(Character::isISOControl)) {
                    problems.add("line " + line + ": a desk name of 1 to " + MAX_DESK_NAME
                            + " characters is needed");
                } else if (!seen.add(location + "\n" + desk)) {
                    problems.add("line " + line + ": " + location + " / " + desk + " is listed twice");
                }
                desks.add(new DeskToEnroll(location, desk));
            }
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException("the desk list is not CSV with the header 'location,desk': "
                    + unreadable.getClass().getSimpleName());
        }
        if (desks.isEmpty() && problems.isEmpty()) {
            problems.add("the list holds no desks (header 'location,desk', then one desk per line)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("nothing was issued; fix the desk list:\n  "
                    + String.join("\n  ", problems));
        }
        return desks;
    }

    String codes(List<IssuedCode> codes, String format) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IssuedCode c : codes) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("location", c.locationId());
            row.put("desk", c.deskName());
            row.put("code", c.code());
            row.put("expiresAt", c.expiresAt().toString());
            rows.add(row);
        }
        return write(rows, List.of("location", "desk", "code", "expiresAt"), format);
    }

    String devices(List<Device> devices, String format) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Device d : devices) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("deviceId", d.id());
            row.put("location", d.locationId());
            row.put("desk", d.deskName());
            row.put("deviceName", d.deviceName());
            row.put("enrolledAt", d.enrolledAt().toString());
            row.put("lastSeenAt", d.lastSeenAt() == null ? "" : d.lastSeenAt().toString());
            row.put("lastSequence", d.lastSequence());
            row.put("status", d.revoked() ? "revoked" : "active");
            rows.add(row);
        }
        return write(rows, List.of("deviceId", "location", "desk", "deviceName", "enrolledAt", "lastSeenAt",
                "lastSequence", "status"), format);
    }

    static void requireFormat(String format) {
        if (!format.equals("csv") && !format.equals("json")) {
            throw new IllegalArgumentException("unknown format " + format + " (csv or json)");
        }
    }

    private String write(List<Map<String, Object>> rows, List<String> columns, String format) throws IOException {
        requireFormat(format);
        if (format.equals("json")) {
            return json.writeValueAsString(rows);
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        return csv.writer(schema.build()).writeValueAsString(rows);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
