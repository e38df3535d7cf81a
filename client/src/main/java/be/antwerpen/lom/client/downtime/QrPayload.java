package be.antwerpen.lom.client.downtime;

import java.util.UUID;

/**
 * What the QR code on a paper form says: which appointment's intake form it is
 * ({@code LOM1|A|<appointmentId>|<code>}) or which blank walk-in form
 * ({@code LOM1|W|<serial>}). It never carries personal data.
 */
public sealed interface QrPayload permits AppointmentFormPayload, WalkInFormPayload {

    /** Format marker and version of the payload. */
    String VERSION = "LOM1";
    int MAX_LENGTH = 120;

    /** The text to put in the QR code. */
    String encode();

    /**
     * Reads a scanned or typed QR text.
     *
     * @throws InvalidQrPayloadException with a plain message when the text is not a form code
     */
    static QrPayload parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidQrPayloadException("the scanned code is empty");
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidQrPayloadException("the scanned code is too long to be a Loket op Maat form code");
        }
        String[] parts = trimmed.split("\\|", -1);
        if (parts.length < 2 || !parts[0].startsWith("LOM")) {
            throw new InvalidQrPayloadException("the scanned code is not a Loket op Maat form code");
        }
        if (!parts[0].equals(VERSION)) {
            throw new InvalidQrPayloadException("the form code has version " + parts[0].replaceAll("[^A-Z0-9]", "")
                    + ", this program reads " + VERSION);
        }
        switch (parts[1]) {
            case "A" -> {
                if (parts.length != 4) {
                    throw new InvalidQrPayloadException("an appointment form code has the form LOM1|A|<id>|<code>");
                }
                UUID id;
                try {
                    id = UUID.fromString(parts[2]);
                } catch (IllegalArgumentException e) {
                    throw new InvalidQrPayloadException("the appointment id in the form code is not a valid id");
                }
                return new AppointmentFormPayload(id, parts[3]);
            }
            case "W" -> {
                if (parts.length != 3) {
                    throw new InvalidQrPayloadException("a walk-in form code has the form LOM1|W|<serial>");
                }
                return new WalkInFormPayload(parts[2]);
            }
            default -> throw new InvalidQrPayloadException("the form code names an unknown kind of form");
        }
    }
}
