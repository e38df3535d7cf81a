package be.antwerpen.lom.model.sync;

/** The identity a desk keeps after enrollment; the secret authenticates its sync calls. */
public record EnrollmentResponse(String deviceId, String deviceSecret, String locationId, String deskName) {

    /** Masked: the device secret is a credential and must never be logged. */
    @Override
    public String toString() {
        return "EnrollmentResponse[deviceId=" + deviceId + ", deviceSecret=***, locationId=" + locationId
                + ", deskName=" + deskName + "]";
    }
}
