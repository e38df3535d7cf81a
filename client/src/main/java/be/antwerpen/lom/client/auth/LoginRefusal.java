package be.antwerpen.lom.client.auth;

/** Why a login did not succeed; the UI turns each into a sentence in the person's language. */
public enum LoginRefusal {
    WRONG_CREDENTIALS,
    TOO_MANY_ATTEMPTS,
    NOT_FOR_THIS_LOCATION,
    /** Offline, and this person never logged in online at this desk. */
    OFFLINE_UNKNOWN_USER,
    /** Offline, and the last online login is older than the grace period. */
    OFFLINE_GRACE_EXPIRED,
    NOT_ENROLLED,
    /** Offline, and this person holds no copy of the desk's data key (ADR 0045): the data stays sealed. */
    OFFLINE_NO_DATA_KEY,
    /** Unsent commands are sealed with a data key only colleagues who worked here hold (ADR 0045). */
    DATA_KEY_WITH_COLLEAGUE
}
