package be.antwerpen.lom.client.downtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/** Writes and reads the scanner-safe payloads ({@code LOKET} + kind + {@link ScannerSafeText}). */
final class ScannerSafePayloads {

    static final char INTAKE_FORM = 'P';
    static final char BLANK_FORM = 'B';

    private ScannerSafePayloads() {
    }

    static String appointment(UUID id, String code) {
        ByteBuffer bytes = ByteBuffer.allocate(16 + code.length());
        bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        bytes.put(code.getBytes(StandardCharsets.US_ASCII));
        return QrPayload.SCANNER_SAFE + INTAKE_FORM + ScannerSafeText.encode(bytes.array());
    }

    static String walkIn(String serial) {
        return QrPayload.SCANNER_SAFE + BLANK_FORM
                + ScannerSafeText.encode(serial.getBytes(StandardCharsets.US_ASCII));
    }

    /** @param rest the text after the marker, upper case */
    static QrPayload parse(String rest) {
        if (rest.isEmpty()) {
            throw new InvalidQrPayloadException("the form code names no kind of form");
        }
        byte[] data = ScannerSafeText.decode(rest.substring(1));
        return switch (rest.charAt(0)) {
            case INTAKE_FORM -> {
                if (data.length <= 16) {
                    throw new InvalidQrPayloadException("the appointment form code is incomplete");
                }
                ByteBuffer buffer = ByteBuffer.wrap(data);
                UUID id = new UUID(buffer.getLong(), buffer.getLong());
                yield new AppointmentFormPayload(id,
                        new String(Arrays.copyOfRange(data, 16, data.length), StandardCharsets.US_ASCII));
            }
            case BLANK_FORM -> new WalkInFormPayload(new String(data, StandardCharsets.US_ASCII));
            default -> throw new InvalidQrPayloadException("the form code names an unknown kind of form");
        };
    }
}
