package be.antwerpen.lom.model.sync;

import java.util.List;

/** An ordered batch of commands from one device (the device is known from its credentials). */
public record PushRequest(List<SyncCommand> commands) {

    public PushRequest {
        commands = commands == null ? List.of() : List.copyOf(commands);
    }
}
