package be.antwerpen.lom.client.downtime;

import java.util.Locale;

import java.util.UUID;

/**
 * What the QR code on a paper form says: which appointment's intake form it is or which blank
 * walk-in form. It never carries personal data.
 *
 * <p>Packs print the scanner-safe format (ADR 0117): {@code LOKET}, the kind ({@code P} intake form,
 * {@code B} blank walk-in form), then the data in {@link ScannerSafeText} letters: for {@code P} the
 * appointment id's 16 bytes followed by the code's ASCII bytes, for {@code B} the serial's ASCII bytes.
 * Only letters that sit on the same keys under QWERTY and AZERTY occur. The first format
 * ({@code LOM1|A|<appointmentId>|<code>}, {@code LOM1|W|<serial>}) is still read, for packs printed
 * before.
 */
public sealed interface QrPayload permits AppointmentFormPayload, WalkInFormPayload {

    /** Format marker and version of the first payload format (still read). */
    String VERSION = "LOM1";
    /** Marker of the scanner-safe format. */
    String SCANNER_SAFE = "LOKET";
    int MAX_LENGTH = 120;

    /** The text to put in the QR code. */
    String encode();

    /**
     * Reads a scanned or typed QR text.
     *
     * @throws InvalidQrPayloadException with a plain message when the text is not a form code
     */
    /** Whether {@code text} is in the scanner-safe format (any case). */
    static boolean isScannerSafe(String text) {
        return text != null && text.strip().toUpperCase(Locale.ROOT).startsWith(SCANNER_SAFE);
    }

    static QrPayload parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidQrPayloadException("the scanned code is empty");
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidQrPayloadException("the scanned code is too long to be a Loket op Maat form code");
        }
        if (isScannerSafe(trimmed)) {
            return ScannerSafePayloads.parse(trimmed.substring(SCANNER_SAFE.length()).toUpperCase(Locale.ROOT));
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
