package be.antwerpen.lom.client.sync;

import be.antwerpen.lom.client.store.AppointmentStore;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.sync.Change;
import be.antwerpen.lom.model.sync.ChangeType;
import be.antwerpen.lom.model.sync.OccupiedSeat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a pulled change does to the desk's copy: the own location's appointments in full, other
 * locations' seats (ADR 0025), and settled conflicts taking the commands that opened them out of the
 * outbox. A change this build cannot read is skipped with a warning (its sequence only, no content).
 */
final class PulledChanges {

    private static final Logger LOG = LoggerFactory.getLogger(PulledChanges.class);

    private final LocalStore store;
    private final ObjectMapper json;

    PulledChanges(LocalStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    /**
     * Applies a pull page's changes, in order, inside the page's transaction; the appointment statements
     * are prepared once for the page.
     */
    void applyPage(Connection c, List<Change> page, String locationId) throws SQLException {
        try (AppointmentStore.PageWrites writes = store.appointments().pageWrites(c)) {
            for (Change change : page) {
                apply(c, writes, change, locationId);
            }
        }
    }

    private void apply(Connection c, AppointmentStore.PageWrites writes, Change change, String locationId)
            throws SQLException {
        if (change.data() == null || change.data().isNull()) {
            return;
        }
        if (change.type() == ChangeType.OCCUPANCY) {
            applyOccupancy(c, change);
            return;
        }
        if (change.type() == ChangeType.CONFLICT) {
            settled(c, change);
            return;
        }
        if (change.type() != ChangeType.APPOINTMENT) {
            return;
        }
        Appointment appointment;
        try {
            appointment = json.treeToValue(change.data(), Appointment.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.warn("skipped an appointment change at sequence {} that could not be read", change.sequence());
            return;
        }
        if (locationId.equals(appointment.locationId())) {
            writes.upsert(appointment);
        } else {
            writes.delete(appointment.id());
        }
    }

    private void applyOccupancy(Connection c, Change change) throws SQLException {
        try {
            store.occupancy().apply(c, json.treeToValue(change.data(), OccupiedSeat.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.warn("skipped an occupancy change at sequence {} that could not be read", change.sequence());
        }
    }

    /**
     * A conflict a supervisor settled: the commands of this desk that opened it leave the outbox, so
     * the record is no longer shown in conflict and the decision's effect (pulled as appointment
     * changes) is what the desk shows.
     */
    private void settled(Connection c, Change change) throws SQLException {
        JsonNode open = change.data().path("open");
        String id = change.data().path("id").asText("");
        if (!open.isBoolean() || open.booleanValue() || id.isEmpty()) {
            return;
        }
        try {
            store.outbox().removeSettledConflict(c, UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            LOG.warn("skipped a conflict change at sequence {} that could not be read", change.sequence());
        }
    }
}
