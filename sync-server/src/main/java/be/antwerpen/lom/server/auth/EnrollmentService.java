package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.EnrollmentResponse;
import be.antwerpen.lom.model.validation.Require;
import be.antwerpen.lom.server.audit.AuditRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.device.DeviceRepository;
import be.antwerpen.lom.server.refusal.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Issues one-time enrollment codes and turns a code into a device id and secret. */
public final class EnrollmentService {

    private final Database db;
    private final EnrollmentCodeRepository codes;
    private final DeviceRepository devices;
    private final SessionRepository sessions;
    private final AuditRepository audit;
    private final Secrets secrets;
    private final TimeOrderedUuid ids;
    private final Clock clock;

    public EnrollmentService(Database db, EnrollmentCodeRepository codes, DeviceRepository devices,
                             SessionRepository sessions, AuditRepository audit, Secrets secrets, TimeOrderedUuid ids,
                             Clock clock) {
        this.db = db;
        this.codes = codes;
        this.devices = devices;
        this.sessions = sessions;
        this.audit = audit;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
    }

    /** The shortest code an administrator may choose: as long as a random one (12 characters). */
    public static final int MIN_CHOSEN_LENGTH = 12;
    /** The longest a code stays valid: a code is for a desk being set up, not a standing key. */
    public static final Duration MAX_VALIDITY = Duration.ofDays(30);

    /**
     * Stores a code (chosen, or random when {@code code} is null) and returns it. A chosen code has at least
     * {@link #MIN_CHOSEN_LENGTH} characters, and no code is valid for longer than {@link #MAX_VALIDITY}: a
     * one-character code valid for years was once accepted, and guessed in 36 tries.
     */
    public String issue(String code, String locationId, String deskName, Duration validity, String by) {
        requireValidity(validity);
        if (code != null && normalize(code).length() < MIN_CHOSEN_LENGTH) {
            throw new IllegalArgumentException("a chosen enrollment code has at least " + MIN_CHOSEN_LENGTH
                    + " characters (leave it out for a random one)");
        }
        String chosen = code != null ? code : secrets.newSecret().substring(0, 12).toUpperCase(Locale.ROOT);
        Instant now = clock.instant();
        db.inTransaction(c -> {
            codes.insert(c, Secrets.sha256(normalize(chosen)), locationId, deskName, now.plus(validity).toEpochMilli());
            audit.append(c, new AuditEntry(ids.next().toString(), now, by, null, "IssueEnrollmentCode", "DEVICE",
                    deskName, locationId, "valid for " + validity));
            return null;
        });
        return chosen;
    }

    /** A desk to prepare: its location and the name staff know it by. */
    public record DeskToEnroll(String locationId, String deskName) {
    }

    /** A code issued for a desk (shown once; only its hash is stored). */
    public record IssuedCode(String locationId, String deskName, String code, Instant expiresAt) {
    }

    /** Issues one code per desk in one transaction: all of them or, on any failure, none. */
    public List<IssuedCode> issueAll(List<DeskToEnroll> desks, Duration validity, String by) {
        requireValidity(validity);
        Instant now = clock.instant();
        List<IssuedCode> issued = new ArrayList<>();
        for (DeskToEnroll desk : desks) {
            issued.add(new IssuedCode(desk.locationId(), desk.deskName(),
                    secrets.newSecret().substring(0, 12).toUpperCase(Locale.ROOT), now.plus(validity)));
        }
        db.inTransaction(c -> {
            for (IssuedCode code : issued) {
                codes.insert(c, Secrets.sha256(normalize(code.code())), code.locationId(), code.deskName(),
                        code.expiresAt().toEpochMilli());
                audit.append(c, new AuditEntry(ids.next().toString(), now, by, null, "IssueEnrollmentCode",
                        "DEVICE", code.deskName(), code.locationId(), "valid for " + validity + " (batch)"));
            }
            return null;
        });
        return issued;
    }

    public EnrollmentResponse enroll(EnrollmentRequest request) {
        if (request == null || request.enrollmentCode() == null || request.enrollmentCode().isBlank()) {
            throw Refusal.invalid("enrollmentCode", "enrollmentCode is required");
        }
        String name = request.deviceName() == null || request.deviceName().isBlank() ? "desk"
                : Require.line(request.deviceName(), "deviceName", 80);
        String hash = Secrets.sha256(normalize(request.enrollmentCode()));
        String deviceId = ids.next().toString();
        String secret = secrets.newSecret();
        Instant now = clock.instant();
        return db.inTransaction(c -> {
            EnrollmentCodeRepository.Target target = codes.target(c, hash).orElse(null);
            if (target == null || !codes.use(c, hash, deviceId, now.toEpochMilli())) {
                throw Refusal.unauthenticated("enrollment_code_invalid",
                        "the enrollment code is unknown, used already or expired");
            }
            devices.insert(c, new Device(deviceId, Secrets.sha256(secret), target.locationId(), target.deskName(),
                    name, now, false, 0, 0, null));
            audit.append(c, new AuditEntry(ids.next().toString(), now, "device:" + name, deviceId, "EnrollDevice",
                    "DEVICE", deviceId, target.locationId(), "desk " + target.deskName()));
            return new EnrollmentResponse(deviceId, secret, target.locationId(), target.deskName());
        });
    }

    /**
     * Revokes a desk: its sync calls are refused from now on, and the logins made at it end in the same
     * transaction, so a token taken from a lost or stolen desk works nowhere (ADR 0142). False when there is no such
     * desk.
     */
    public boolean revoke(String deviceId, String by) {
        Instant now = clock.instant();
        return db.inTransaction(c -> {
            Optional<Device> device = devices.find(c, deviceId);
            if (device.isEmpty() || !devices.revoke(c, deviceId, now)) {
                return false;
            }
            int ended = sessions.deleteOfDevice(c, deviceId);
            audit.append(c, new AuditEntry(ids.next().toString(), now, by, deviceId, "RevokeDevice", "DEVICE",
                    device.get().deskName(), device.get().locationId(), ended + " login(s) made at it ended"));
            return true;
        });
    }

    private static String normalize(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static void requireValidity(Duration validity) {
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("an enrollment code is valid for more than 0 and at most "
                    + MAX_VALIDITY.toDays() + " days");
        }
    }
}
