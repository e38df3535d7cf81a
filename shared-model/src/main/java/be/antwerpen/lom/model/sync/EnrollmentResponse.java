package be.antwerpen.lom.model.sync;

/** The identity a desk keeps after enrollment; the secret authenticates its sync calls. */
public record EnrollmentResponse(String deviceId, String deviceSecret, String locationId, String deskName) {
}
