package be.antwerpen.lom.client.supervisor;

import be.antwerpen.lom.client.store.LocalDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds an appointment's id by the code staff read from the booking slip, in the desk's local copy
 * of the agenda (the server's audit trail knows appointments by id only).
 */
public final class AppointmentCodeLookup {

    private final LocalDatabase database;

    public AppointmentCodeLookup(LocalDatabase database) {
        this.database = database;
    }

    /** The id of the appointment with this code (case and dashes as typed do not matter), if the desk has it. */
    public Optional<UUID> idOf(String code) {
        String wanted = normalised(code);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM appointment"
                    + " WHERE upper(replace(replace(code, '-', ''), ' ', '')) = ?")) {
                s.setString(1, wanted);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(UUID.fromString(rs.getString(1))) : Optional.<UUID>empty();
                }
            }
        });
    }

    /** The codes of those of {@code ids} the desk has, by id (ids that are not appointment ids are skipped). */
    public Map<String, String> codesOf(Collection<String> ids) {
        return database.inTransaction(c -> {
            Map<String, String> codes = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT code FROM appointment WHERE id = ?")) {
                for (String id : new HashSet<>(ids)) {
                    if (id == null) {
                        continue;
                    }
                    s.setString(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            codes.put(id, rs.getString(1));
                        }
                    }
                }
            }
            return codes;
        });
    }

    static String normalised(String code) {
        return code == null ? "" : code.replace("-", "").replace(" ", "").strip().toUpperCase(Locale.ROOT);
    }
}
