package be.antwerpen.lom.model.sync;

/** A desk enrolls with a one-time code handed out by an administrator. */
public record EnrollmentRequest(String enrollmentCode, String deviceName) {
}
