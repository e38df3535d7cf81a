package be.antwerpen.lom.model.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private final PasswordHashing hashing = new PasswordHashing(2_000, new SecureRandom());

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        String hash = hashing.hash("correct horse".toCharArray());

        assertThat(hash).startsWith("pbkdf2-sha256$2000$");
        assertThat(hashing.verify("correct horse".toCharArray(), hash)).isTrue();
        assertThat(hashing.verify("correct hors".toCharArray(), hash)).isFalse();
        assertThat(hashing.verify("Correct horse".toCharArray(), hash)).isFalse();
    }

    @Test
    void anOlderHashVerifiesWithItsOwnCountAndAsksToBeHashedAgain() {
        String old = new PasswordHashing(1_000, new SecureRandom()).hash("geheim".toCharArray());

        assertThat(hashing.verify("geheim".toCharArray(), old)).isTrue();
        assertThat(hashing.needsRehash(old)).isTrue();
        assertThat(hashing.needsRehash(hashing.hash("geheim".toCharArray()))).isFalse();
    }

    @Test
    void anUnreadableOrForeignHashNeverVerifies() {
        for (String bad : new String[] {null, "", "plain", "bcrypt$10$abc$def", "pbkdf2-sha256$x$AA$AA",
                "pbkdf2-sha256$0$AA$AA", "pbkdf2-sha256$1000$%%%$AA"}) {
            assertThat(hashing.verify("geheim".toCharArray(), bad)).as(String.valueOf(bad)).isFalse();
            assertThat(hashing.needsRehash(bad)).as(String.valueOf(bad)).isTrue();
        }
    }

    @Test
    void aDecoyHasTheFormAndStrengthOfARealHashAndNoPasswordMatchesIt() {
        String decoy = hashing.decoy();
        String real = hashing.hash("correct horse".toCharArray());
        String[] decoyParts = decoy.split("\\$");
        String[] realParts = real.split("\\$");
        assertThat(decoyParts).hasSize(4);
        assertThat(decoyParts[0]).isEqualTo(realParts[0]);
        assertThat(decoyParts[1]).as("the same iterations: verifying costs the same").isEqualTo(realParts[1]);
        assertThat(decoyParts[2].length()).isEqualTo(realParts[2].length());
        assertThat(decoyParts[3].length()).isEqualTo(realParts[3].length());
        assertThat(hashing.needsRehash(decoy)).isFalse();
        for (String password : new String[] {"", "correct horse", "decoy", decoyParts[3]}) {
            assertThat(hashing.verify(password.toCharArray(), decoy)).as(password).isFalse();
        }
        assertThat(hashing.decoy()).as("a new salt and new bytes every time").isNotEqualTo(decoy);
    }

    @Test
    void theProductionStrengthIsOwasps() {
        assertThat(PasswordHashing.OWASP_ITERATIONS).isEqualTo(600_000);
    }
}
