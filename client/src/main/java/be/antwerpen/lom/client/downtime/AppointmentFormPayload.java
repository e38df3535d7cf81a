package be.antwerpen.lom.client.downtime;

import java.util.UUID;
import java.util.regex.Pattern;

/** QR payload of a pre-filled intake form: the appointment's id and its printed code. */
public record AppointmentFormPayload(UUID appointmentId, String appointmentCode) implements QrPayload {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{1,20}");

    public AppointmentFormPayload {
        if (appointmentId == null) {
            throw new InvalidQrPayloadException("the appointment id is missing from the form code");
        }
        if (appointmentCode == null || !CODE.matcher(appointmentCode).matches()) {
            throw new InvalidQrPayloadException("the appointment code in the form code is not valid");
        }
    }

    @Override
    public String encode() {
        return ScannerSafePayloads.appointment(appointmentId, appointmentCode);
    }

    /** The first format ({@code LOM1|...}), as on packs printed before the scanner-safe one. */
    public String encodeFirstFormat() {
        return VERSION + "|A|" + appointmentId + "|" + appointmentCode;
    }
}
