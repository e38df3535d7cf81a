package be.antwerpen.lom.server.error;

/** Too many failed logins for an account: answered with 429 and a Retry-After header. */
public class TooManyAttempts extends ApiProblem {

    private final long retryAfterSeconds;

    public TooManyAttempts(long retryAfterSeconds) {
        super(429, "too_many_attempts", "too many failed logins; try again in " + retryAfterSeconds + " seconds", null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
