package be.antwerpen.lom.client.auth;

/** A login was refused; {@link #refusal()} says why. */
public class LoginRefusedException extends RuntimeException {

    private final LoginRefusal refusal;

    public LoginRefusedException(LoginRefusal refusal) {
        super("login refused: " + refusal.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        this.refusal = refusal;
    }

    public LoginRefusal refusal() {
        return refusal;
    }
}
