package be.antwerpen.lom.client.ui.login;

import be.antwerpen.lom.client.sync.ServerRefusedException;
import be.antwerpen.lom.client.sync.ServerUnreachableException;
import be.antwerpen.lom.client.ui.FailureMessages;
import be.antwerpen.lom.client.ui.Messages;

/** How a failed enrollment (first or again after a server restore) reads on screen. */
public final class EnrollmentFailure {

    private EnrollmentFailure() {
    }

    public static String describe(Exception e, Messages messages) {
        if (e instanceof ServerUnreachableException) {
            return messages.get("enroll.unreachable");
        }
        if (e instanceof ServerRefusedException || e instanceof IllegalArgumentException) {
            return messages.get("enroll.failed", e.getMessage());
        }
        return new FailureMessages(messages).describe(e, "error.unexpected");
    }
}
