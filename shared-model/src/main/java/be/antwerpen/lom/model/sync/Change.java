package be.antwerpen.lom.model.sync;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One change in the server's commit order.
 *
 * @param sequence  position in the server's change log (the pull cursor)
 * @param type      the kind of entity
 * @param entityId  the entity's id
 * @param data      the entity's full current state as JSON ({@code AppointmentView}, {@code ConflictView}, ...)
 */
public record Change(long sequence, ChangeType type, String entityId, JsonNode data) {
}
