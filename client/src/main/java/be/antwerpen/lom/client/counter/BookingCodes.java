package be.antwerpen.lom.client.counter;

import java.security.SecureRandom;

/** Short appointment codes such as {@code K7M-2QX}: no 0/O or 1/I, easy to read out and type. */
public final class BookingCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final SecureRandom random;

    public BookingCodes(SecureRandom random) {
        this.random = random;
    }

    public String next() {
        StringBuilder code = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            if (i == 3) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
