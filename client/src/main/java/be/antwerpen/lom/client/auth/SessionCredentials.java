package be.antwerpen.lom.client.auth;

import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.sync.DeskCredentials;
import java.util.Optional;
import java.util.function.Supplier;

/** The credentials of the logged-in staff member and of the enrolled device. */
public final class SessionCredentials implements DeskCredentials {

    private final DeskSession session;
    private final Supplier<Optional<DeviceIdentity>> identity;

    public SessionCredentials(DeskSession session, Supplier<Optional<DeviceIdentity>> identity) {
        this.session = session;
        this.identity = identity;
    }

    @Override
    public Optional<String> staffToken() {
        return session.token();
    }

    @Override
    public Optional<String> deviceId() {
        return identity.get().map(DeviceIdentity::deviceId);
    }

    @Override
    public Optional<String> deviceSecret() {
        return identity.get().map(DeviceIdentity::deviceSecret);
    }
}
