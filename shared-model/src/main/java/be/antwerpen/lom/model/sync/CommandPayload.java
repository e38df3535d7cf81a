package be.antwerpen.lom.model.sync;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The intent of a command, sent by a desk. The server runs the business rules again when it
 * applies one. The JSON carries the name in {@code "type"}; a command whose meaning changes gets
 * a new name rather than a new shape.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Commands.CheckIn.class, name = "CheckIn"),
        @JsonSubTypes.Type(value = Commands.Call.class, name = "Call"),
        @JsonSubTypes.Type(value = Commands.StartService.class, name = "StartService"),
        @JsonSubTypes.Type(value = Commands.MarkServed.class, name = "MarkServed"),
        @JsonSubTypes.Type(value = Commands.MarkNoShow.class, name = "MarkNoShow"),
        @JsonSubTypes.Type(value = Commands.Cancel.class, name = "Cancel"),
        @JsonSubTypes.Type(value = Commands.Book.class, name = "Book"),
        @JsonSubTypes.Type(value = Commands.Reschedule.class, name = "Reschedule"),
        @JsonSubTypes.Type(value = Commands.RegisterWalkIn.class, name = "RegisterWalkIn"),
        @JsonSubTypes.Type(value = Commands.UpdateContact.class, name = "UpdateContact"),
        @JsonSubTypes.Type(value = Commands.ResolveConflict.class, name = "ResolveConflict"),
})
public sealed interface CommandPayload permits Commands.AppointmentCommand, Commands.Book, Commands.RegisterWalkIn,
        Commands.ResolveConflict {
}
