package be.antwerpen.lom.server.auth;

/**
 * How many failed logins one bucket allows (ADR 0028): {@code free} attempts per window; from the
 * {@code free}-th failure on, each further attempt waits for a refusal window that starts at
 * {@code baseDelayMillis} and doubles with every failure up to {@code maxDelayMillis}. The count
 * starts again when a window of {@code windowMillis} has passed.
 */
public record ThrottlePolicy(int free, long windowMillis, long baseDelayMillis, long maxDelayMillis) {

    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;

    /** One account from one source: 5 attempts, then 30 s doubling to 15 min; a success resets it. */
    public static final ThrottlePolicy ACCOUNT_AT_SOURCE = new ThrottlePolicy(5, 24 * HOUR, 30_000, 15 * MINUTE);
    /** One account from all sources it never logged in from: 20 attempts, then 1 min doubling to 1 h. */
    public static final ThrottlePolicy ACCOUNT_FROM_UNKNOWN_SOURCES = new ThrottlePolicy(20, 24 * HOUR, MINUTE, HOUR);
    /** One source over all accounts (spraying): 30 attempts an hour, then 1 min doubling to 1 h. */
    public static final ThrottlePolicy SOURCE = new ThrottlePolicy(30, HOUR, MINUTE, HOUR);

    /** The refusal window after failure number {@code failures}, or 0 while attempts are free. */
    public long delayAfter(int failures) {
        if (failures < free) {
            return 0;
        }
        int doublings = Math.min(20, failures - free);
        return Math.min(maxDelayMillis, baseDelayMillis << doublings);
    }
}
