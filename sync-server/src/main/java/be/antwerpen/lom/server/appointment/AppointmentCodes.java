package be.antwerpen.lom.server.appointment;

import java.security.SecureRandom;

/** Short human-readable appointment codes like {@code K7M-2QX} (no 0/O/1/I to avoid misreading). */
public final class AppointmentCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private final SecureRandom random;

    public AppointmentCodes(SecureRandom random) {
        this.random = random;
    }

    public String next() {
        StringBuilder sb = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            if (i == 3) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
