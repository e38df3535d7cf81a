package be.antwerpen.lom.model.sync;

import java.util.List;

/**
 * An ordered batch of commands from one device (the device is known from its credentials).
 *
 * @param commands     the commands, in sequence order
 * @param deskSequence        the last sequence the desk has handed out, sent or not (ADR 0095): the day-end
 *                            report compares it with what the server received. {@code null} from older desks
 * @param deskSequenceCommand the id of the command under {@code deskSequence}, while the desk still holds it (ADR
 *                            0162): another command arriving under that number shows a desk back from an earlier
 *                            state. {@code null} when not known
 */
public record PushRequest(List<SyncCommand> commands, Long deskSequence, String deskSequenceCommand) {

    public PushRequest {
        commands = commands == null ? List.of() : List.copyOf(commands);
    }

    /** A batch with the desk's sequence report, without naming its command. */
    public PushRequest(List<SyncCommand> commands, Long deskSequence) {
        this(commands, deskSequence, null);
    }

    /** A batch without the desk's sequence report. */
    public PushRequest(List<SyncCommand> commands) {
        this(commands, null, null);
    }
}
