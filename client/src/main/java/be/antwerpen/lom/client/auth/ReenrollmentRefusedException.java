package be.antwerpen.lom.client.auth;

import be.antwerpen.lom.client.failure.DeskFailure;

/** A new enrollment code cannot take over this desk's work (not enrolled yet, or another location). */
public class ReenrollmentRefusedException extends DeskFailure {

    public ReenrollmentRefusedException(String message, String messageKey, Object... arguments) {
        super(message, messageKey, arguments);
    }
}
