package be.antwerpen.lom.client.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The password that opens the paper pack's PDFs listing citizens (ADR 0046): drawn once per desk,
 * kept sealed with the data key, so only a logged-in staff member's session can read it (to print,
 * or to show it to a supervisor who writes it in the location's outage envelope).
 */
public final class PackPasswordStore {

    /** No 0/O, 1/I/L: easy to read from paper and to type. 16 characters, about 80 bits. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;
    private static final String CONTEXT = "pack.password";

    private final PersonalDataVault vault;
    private final SecureRandom random;

    public PackPasswordStore(PersonalDataVault vault, SecureRandom random) {
        this.vault = vault;
        this.random = random;
    }

    /** The desk's pack password (made on first use), as {@code XXXX-XXXX-XXXX-XXXX}; the caller wipes it. */
    public char[] current(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT sealed FROM pack_password WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            if (rs.next()) {
                byte[] plain = vault.open(rs.getBytes(1), CONTEXT);
                try {
                    CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
                    char[] password = Arrays.copyOf(chars.array(), chars.limit());
                    Arrays.fill(chars.array(), '\0');
                    return password;
                } finally {
                    Arrays.fill(plain, (byte) 0);
                }
            }
        }
        char[] password = draw();
        byte[] plain = new String(password).getBytes(StandardCharsets.UTF_8);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO pack_password (id, sealed) VALUES (1, ?)")) {
            s.setBytes(1, vault.seal(plain, CONTEXT));
            s.executeUpdate();
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
        return password;
    }

    /** Forgets the password (the data key was replaced: the packs it opened are written again). */
    public void forget(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM pack_password")) {
            s.executeUpdate();
        }
    }

    private char[] draw() {
        char[] password = new char[LENGTH + LENGTH / 4 - 1];
        int at = 0;
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                password[at++] = '-';
            }
            password[at++] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return password;
    }
}
