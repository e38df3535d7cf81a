package be.antwerpen.lom.client.downtime;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * Bytes written with 16 letters that sit on the same keys on a US QWERTY and a Belgian AZERTY
 * keyboard, so a keyboard-wedge scanner left in the wrong layout still types the same text
 * (ADR 0117). Not used: A/Q, Z/W and M (they move between the layouts), every digit and punctuation
 * mark (shifted on AZERTY), and I/O/E/U/Y (no look-alikes of 1 and 0, no accidental words). One byte
 * is two letters, high half first. Decoding ignores case (Caps Lock on the desk).
 */
public final class ScannerSafeText {

    /** The 16 letters, in value order: 0 = B ... 15 = X. */
    public static final String ALPHABET = "BCDFGHJKLNPRSTVX";

    private ScannerSafeText() {
    }

    public static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            text.append(ALPHABET.charAt((b >> 4) & 0xF)).append(ALPHABET.charAt(b & 0xF));
        }
        return text.toString();
    }

    /**
     * @throws InvalidQrPayloadException when the text has an odd length or a letter outside the alphabet
     */
    public static byte[] decode(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.length() % 2 != 0) {
            throw new InvalidQrPayloadException("the form code is incomplete (an odd number of letters)");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(upper.length() / 2);
        for (int i = 0; i < upper.length(); i += 2) {
            bytes.write(value(upper.charAt(i)) << 4 | value(upper.charAt(i + 1)));
        }
        return bytes.toByteArray();
    }

    private static int value(char letter) {
        int value = ALPHABET.indexOf(letter);
        if (value < 0) {
            throw new InvalidQrPayloadException("the form code contains a character that is not in its alphabet");
        }
        return value;
    }
}
