package be.antwerpen.lom.model.sync;

/** A desk enrolls with a one-time code handed out by an administrator. */
public record EnrollmentRequest(String enrollmentCode, String deviceName) {

    /** Masked: the one-time enrollment code is a credential and must never be logged. */
    @Override
    public String toString() {
        return "EnrollmentRequest[enrollmentCode=***, deviceName=" + deviceName + "]";
    }
}
