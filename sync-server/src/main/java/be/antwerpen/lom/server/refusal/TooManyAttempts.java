package be.antwerpen.lom.server.refusal;

/** Too many failed logins for an account: the web edge answers 429 with a Retry-After header. */
public class TooManyAttempts extends Refusal {

    private final long retryAfterSeconds;

    public TooManyAttempts(long retryAfterSeconds) {
        super(Kind.TOO_MANY_ATTEMPTS, "too_many_attempts",
                "too many failed logins; try again in " + retryAfterSeconds + " seconds", null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
