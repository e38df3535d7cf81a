package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.device.DeviceRepository;
import be.antwerpen.lom.server.refusal.Refusal;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Turns request credentials into a staff member (bearer token) and a device (id + secret). */
public final class Authenticator {

    private final Database db;
    private final StaffRepository staff;
    private final DeviceRepository devices;
    private final Clock clock;

    public Authenticator(Database db, StaffRepository staff, DeviceRepository devices, Clock clock) {
        this.db = db;
        this.staff = staff;
        this.devices = devices;
        this.clock = clock;
    }

    /** The staff member of an {@code Authorization: Bearer} header value. */
    public StaffMember staff(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ") || authorization.length() < 8) {
            throw Refusal.unauthenticated("unauthenticated", "log in first: a Bearer token is required");
        }
        String hash = tokenHash(authorization);
        long now = clock.millis();
        return db.readOnce(c -> staff.bySession(c, hash, now)).filter(StaffAccount::active).map(StaffAccount::member)
                .orElseThrow(() -> Refusal.unauthenticated("token_expired",
                        "the login has expired or is unknown; log in again"));
    }

    /** The stored hash of the token of a {@code Bearer} header value (a session is kept by it, never the token). */
    static String tokenHash(String authorization) {
        return Secrets.sha256(authorization.substring(7).strip());
    }

    /** The enrolled, not revoked device with this id and secret. */
    public Device device(String deviceId, String secret) {
        if (deviceId == null || deviceId.isBlank() || secret == null || secret.isBlank()) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "device_unauthenticated",
                    "sync calls need the X-Device-Id and X-Device-Secret headers", null);
        }
        Device device = db.readOnce(c -> devices.find(c, deviceId.strip()))
                .orElseThrow(Refusal::unknownDevice);
        byte[] expected = device.secretHash().getBytes(StandardCharsets.US_ASCII);
        byte[] actual = Secrets.sha256(secret.strip()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, actual)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "device_unauthenticated", "the device secret does not match", null);
        }
        if (device.revoked()) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "device_revoked", "this device was revoked by an administrator", null);
        }
        return device;
    }
}
