package be.antwerpen.lom.client.sync;

/** Gets a fresh staff token after a 401, e.g. by logging in again with the session's credentials. */
@FunctionalInterface
public interface AccessRenewal {

    /** @return whether a new token is now available */
    boolean renew();

    /** Whether a staff member is logged in at the desk (online or offline); sync waits until then. */
    default boolean someoneLoggedIn() {
        return true;
    }
}
