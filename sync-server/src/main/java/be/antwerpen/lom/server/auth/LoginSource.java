package be.antwerpen.lom.server.auth;

/**
 * Where a login attempt comes from: an enrolled desk that proved itself with its device secret, or
 * else the client address the connection came from.
 *
 * @param deviceId the authenticated desk, or {@code null}
 * @param address  the client address (used when there is no authenticated desk)
 */
public record LoginSource(String deviceId, String address) {

    public static LoginSource device(String deviceId) {
        return new LoginSource(deviceId, null);
    }

    public static LoginSource address(String address) {
        return new LoginSource(null, address == null ? "unknown" : address);
    }
}
