package be.antwerpen.lom.client.downtime;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * How the pack's PDFs that list citizens are protected on disk (ADR 0046): encrypted with the PDF
 * standard security handler, AES-256, under the desk's pack password. Any PDF viewer opens and prints
 * them with that password; the cover and the blank walk-in forms hold no personal data and stay open.
 */
public final class PackProtection {

    /** For tests and tools that write a pack outside a desk: nothing is encrypted. */
    public static final PackProtection NONE = new PackProtection(null);

    private final char[] password;

    private PackProtection(char[] password) {
        this.password = password;
    }

    /** Protection with {@code password} (the object keeps a copy). */
    public static PackProtection withPassword(char[] password) {
        return new PackProtection(password.clone());
    }

    void apply(PDDocument document) throws IOException {
        if (password == null) {
            return;
        }
        AccessPermission permissions = new AccessPermission();
        byte[] owner = new byte[32];
        new SecureRandom().nextBytes(owner);
        StandardProtectionPolicy policy = new StandardProtectionPolicy(HexFormat.of().formatHex(owner),
                new String(password), permissions);
        policy.setEncryptionKeyLength(256);
        document.protect(policy);
    }

    /** Wipes the password held here. */
    public void wipe() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
