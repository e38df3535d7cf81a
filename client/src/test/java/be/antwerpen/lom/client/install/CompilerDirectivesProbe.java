package be.antwerpen.lom.client.install;

import be.antwerpen.lom.model.json.IsoTimeText;
import java.time.Instant;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The work {@link CompilerDirectivesTest} watches the JIT compilers at, in a JVM of its own: one password
 * derivation as a login does (PBKDF2-SHA256, 600,000 iterations), then the wire's time writer three million times
 * and for at least two seconds: plumbing code as hot as a catch-up makes it.
 */
public final class CompilerDirectivesProbe {

    private CompilerDirectivesProbe() {
    }

    public static void main(String[] args) throws Exception {
        SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] key = pbkdf2.generateSecret(new PBEKeySpec("probe".toCharArray(), new byte[16], 600_000, 256))
                .getEncoded();
        long written = 0;
        // at least three million calls and two seconds, so that C2 has had its time also on a busy build machine
        long until = System.nanoTime() + 2_000_000_000L;
        for (int i = 0; i < 3_000_000 || System.nanoTime() < until; i++) {
            written += IsoTimeText.utcText(Instant.ofEpochSecond(1_700_000_000L + i % 100_000_000, i % 1_000_000_000))
                    .length();
        }
        System.out.println("probe done: " + key.length + " key bytes, " + written + " characters");
    }
}
