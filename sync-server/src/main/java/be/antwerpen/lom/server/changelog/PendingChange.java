package be.antwerpen.lom.server.changelog;

import be.antwerpen.lom.model.sync.ChangeType;

/** A change made in the current transaction, numbered and written when the transaction ends. */
public record PendingChange(ChangeType type, String entityId, String locationId, Object data) {
}
