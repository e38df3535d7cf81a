package be.antwerpen.lom.client.auth;

import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.sync.SyncApi;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.EnrollmentResponse;
import java.util.Optional;
import java.util.function.Function;

/** Enrolls the desk with a server address and a one-time code; the identity is stored locally. */
public final class DeskEnrollment {

    private final LocalStore store;
    private final Function<String, SyncApi> connect;
    private final ServerCalls calls;

    public DeskEnrollment(LocalStore store, Function<String, SyncApi> connect, ServerCalls calls) {
        this.store = store;
        this.connect = connect;
        this.calls = calls;
    }

    public Optional<DeviceIdentity> current() {
        return store.database().inTransaction(store.syncState()::read).enrolled();
    }

    /** Blocking network call: run from a background thread. */
    public DeviceIdentity enroll(String serverUrl, String code, String deviceName) {
        String url = serverUrl.strip();
        EnrollmentResponse response = calls.execute(connect.apply(url)
                .enroll(new EnrollmentRequest(code.strip(), deviceName)));
        DeviceIdentity identity = new DeviceIdentity(url, response.deviceId(), response.deviceSecret(),
                response.locationId(), response.deskName());
        store.database().inTransaction(c -> {
            store.syncState().saveIdentity(c, identity);
            return null;
        });
        return identity;
    }
}
