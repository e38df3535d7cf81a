package be.antwerpen.lom.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EarlyDerivationTest {

    private final OfflineVerifier verifier = new OfflineVerifier(1_000, new SecureRandom());
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void the_early_derivation_gives_what_the_login_would_derive_itself_for_the_same_salt() {
        byte[] salt = verifier.newSalt();
        char[] password = "correct horse".toCharArray();
        EarlyDerivation early = EarlyDerivation.start(verifier, password, salt, 1_000, executor);
        Arrays.fill(password, '\0'); // the caller may wipe its password at once: the derivation has its own copy

        try (StaffSecrets taken = early.take(salt, 1_000).orElseThrow();
             StaffSecrets direct = verifier.secrets("correct horse".toCharArray(), salt, 1_000)) {
            assertThat(taken.verifier()).isEqualTo(direct.verifier());
            assertThat(taken.wrappingKey()).isEqualTo(direct.wrappingKey());
        }
        assertThat(early.take(salt, 1_000)).as("taken once").isEmpty();
    }

    @Test
    void another_salt_or_iteration_count_is_not_served_from_the_early_derivation() {
        byte[] salt = verifier.newSalt();
        EarlyDerivation early = EarlyDerivation.start(verifier, "pw".toCharArray(), salt, 1_000, executor);

        assertThat(early.take(verifier.newSalt(), 1_000)).isEmpty();
        assertThat(early.take(salt, 2_000)).isEmpty();
        early.discard();
        assertThat(early.take(salt, 1_000)).as("discarded").isEmpty();
    }
}
