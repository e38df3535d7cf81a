package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictView;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;

/** Builds new conflict records with both versions as JSON. */
public final class Conflicts {

    private final ObjectMapper json;
    private final TimeOrderedUuid ids;

    public Conflicts(ObjectMapper json, TimeOrderedUuid ids) {
        this.json = json;
        this.ids = ids;
    }

    public ConflictView open(CommandScope scope, ConflictKind kind, String locationId, UUID appointmentId,
                             String description, Object serverVersion, Object deskVersion) {
        return new ConflictView(ids.next(), kind, locationId, appointmentId, scope.actor().deviceId(),
                scope.commandId(), description, serverVersion == null ? null : json.valueToTree(serverVersion),
                deskVersion == null ? null : json.valueToTree(deskVersion), true, null, null, null, scope.now(), null,
                null, scope.actor().staff().username());
    }

    /** The same open conflict with a newer version from the desk that opened it. */
    public ConflictView withDeskVersion(ConflictView conflict, Object deskVersion) {
        return new ConflictView(conflict.id(), conflict.kind(), conflict.locationId(), conflict.appointmentId(),
                conflict.deviceId(), conflict.commandId(), conflict.description(), conflict.serverVersion(),
                json.valueToTree(deskVersion), conflict.open(), conflict.resolution(), conflict.resolvedBy(),
                conflict.remark(), conflict.createdAt(), conflict.resolvedAt(), conflict.deskName(), conflict.actor());
    }
}
