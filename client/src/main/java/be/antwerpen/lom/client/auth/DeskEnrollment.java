package be.antwerpen.lom.client.auth;

import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.sync.SyncApi;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.EnrollmentResponse;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Enrolls the desk with a server address and a one-time code; the identity is stored locally. */
public final class DeskEnrollment {

    private final LocalStore store;
    private final Function<String, SyncApi> connect;
    private final ServerCalls calls;
    private final Consumer<DeviceIdentity> enrolled;
    private final Clock clock;

    /** @param enrolled told the new identity once it is stored (the desk's cached identity follows it) */
    public DeskEnrollment(LocalStore store, Function<String, SyncApi> connect, ServerCalls calls,
                          Consumer<DeviceIdentity> enrolled, Clock clock) {
        this.store = store;
        this.connect = connect;
        this.calls = calls;
        this.enrolled = enrolled;
        this.clock = clock;
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
            store.auditHeads().unpin(c);
            return null;
        });
        enrolled.accept(identity);
        return identity;
    }

    /**
     * Enrolls this desk again with a new one-time code after the server stopped knowing it (410
     * {@code unknown_device}, e.g. a server restored from a backup), keeping all its unsent work: in
     * one local transaction the new identity is stored, every command still in the outbox is
     * renumbered from 1 for the new device and set to be sent again (the server answers commands it
     * already has from its receipts), and the local copy is marked to be replaced by a snapshot. The unused
     * seat leases end: the server holds them for the old identity.
     * Blocking network call: run from a background thread.
     *
     * @param serverUrl the server's address, or blank for the one the desk used so far
     * @throws ReenrollmentRefusedException when the desk was never enrolled or the code is for
     *                                      another location (the outbox holds this location's work)
     */
    public DeviceIdentity reenroll(String serverUrl, String code) {
        DeviceIdentity previous = current().orElseThrow(() -> new ReenrollmentRefusedException(
                "this desk was never enrolled; enroll it first", "failure.reenroll.notEnrolled"));
        String url = serverUrl == null || serverUrl.isBlank() ? previous.serverUrl() : serverUrl.strip();
        EnrollmentResponse response = calls.execute(connect.apply(url)
                .enroll(new EnrollmentRequest(code.strip(), previous.deskName())));
        if (!previous.locationId().equals(response.locationId())) {
            throw new ReenrollmentRefusedException("the code is for location " + response.locationId()
                    + " but this desk works for " + previous.locationId() + "; ask for a code of "
                    + previous.locationId(), "failure.reenroll.otherLocation", response.locationId(),
                    previous.locationId());
        }
        DeviceIdentity identity = new DeviceIdentity(url, response.deviceId(), response.deviceSecret(),
                response.locationId(), response.deskName());
        store.database().inTransaction(c -> {
            long kept = store.outbox().renumberForNewDevice(c);
            store.syncState().saveIdentity(c, identity);
            store.syncState().restartSequences(c, kept + 1);
            store.auditHeads().unpin(c);
            // to the server, the leases of the old identity are another device's
            store.seatLeases().endUnused(c, clock.instant());
            return null;
        });
        enrolled.accept(identity);
        return identity;
    }
}
