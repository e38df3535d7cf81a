package be.antwerpen.lom.client.auth;

/** A new enrollment code cannot take over this desk's work (not enrolled yet, or another location). */
public class ReenrollmentRefusedException extends RuntimeException {

    public ReenrollmentRefusedException(String message) {
        super(message);
    }
}
