package be.antwerpen.lom.client.store;

import be.antwerpen.lom.model.reference.ReferenceData;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The reference data as the last snapshot delivered it, kept as one JSON document. */
public final class ReferenceDataStore {

    private final ObjectMapper json;

    public ReferenceDataStore(ObjectMapper json) {
        this.json = json;
    }

    public void save(Connection c, ReferenceData data, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT OR REPLACE INTO reference_data (id, version, json, updated_at) VALUES (1, ?, ?, ?)")) {
            s.setString(1, data.version());
            s.setString(2, json.writeValueAsString(data));
            s.setString(3, SqlTime.text(at));
            s.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new StoreException("could not write reference data", e);
        }
    }

    public Optional<ReferenceData> load(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT json FROM reference_data WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(json.readValue(rs.getString(1), ReferenceData.class));
        } catch (JsonProcessingException e) {
            throw new StoreException("the stored reference data could not be read", e);
        }
    }
}
