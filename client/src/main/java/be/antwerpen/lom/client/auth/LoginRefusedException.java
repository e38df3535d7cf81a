package be.antwerpen.lom.client.auth;

import be.antwerpen.lom.client.failure.DeskFailure;
import java.util.Locale;

/** A login was refused; {@link #refusal()} says why. */
public class LoginRefusedException extends DeskFailure {

    private final LoginRefusal refusal;

    public LoginRefusedException(LoginRefusal refusal) {
        super("login refused: " + refusal.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                "login.refused." + refusal.name());
        this.refusal = refusal;
    }

    public LoginRefusal refusal() {
        return refusal;
    }
}
