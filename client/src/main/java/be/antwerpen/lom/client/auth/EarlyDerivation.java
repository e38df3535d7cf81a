package be.antwerpen.lom.client.auth;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The desk's one slow derivation of a login, started while the server checks the same password (issue 16):
 * an online login then waits for the slower of the two hashes, not for both one after the other. Nothing is
 * stored or trusted until the login has decided; a derivation nobody takes is wiped when it finishes.
 * Derived with the salt and iterations of the verifier the desk already holds for the typed name, so it is
 * the same single derivation the login would make afterwards; a login that needs another salt (a password
 * change, an older verifier) derives as before.
 */
final class EarlyDerivation {

    private final byte[] salt;
    private final int iterations;
    private final CompletableFuture<StaffSecrets> secrets;
    private boolean taken;

    private EarlyDerivation(byte[] salt, int iterations, CompletableFuture<StaffSecrets> secrets) {
        this.salt = salt;
        this.iterations = iterations;
        this.secrets = secrets;
    }

    /** One background thread for these derivations, gone after a few idle seconds (a login is rare). */
    static Executor newExecutor() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                work -> {
                    Thread thread = new Thread(work, "login-derivation");
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /** Starts deriving on {@code executor} with a copy of the password, wiped when done. */
    static EarlyDerivation start(OfflineVerifier verifier, char[] password, byte[] salt, int iterations,
                                 Executor executor) {
        char[] copy = password.clone();
        byte[] saltCopy = salt.clone();
        CompletableFuture<StaffSecrets> secrets = CompletableFuture.supplyAsync(() -> {
            try {
                return verifier.secrets(copy, saltCopy, iterations);
            } finally {
                Arrays.fill(copy, '\0');
            }
        }, executor);
        return new EarlyDerivation(saltCopy, iterations, secrets);
    }

    /**
     * The secrets for this salt and iteration count, waiting for the derivation if it is still running;
     * empty when it was made for another salt (the caller derives itself). Taken once.
     */
    Optional<StaffSecrets> take(byte[] wantedSalt, int wantedIterations) {
        if (taken || wantedIterations != iterations || !Arrays.equals(wantedSalt, salt)) {
            return Optional.empty();
        }
        taken = true;
        try {
            return Optional.of(secrets.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** Not taken (login refused, or it needed another salt): the secrets are wiped as soon as they exist. */
    void discard() {
        if (!taken) {
            taken = true;
            secrets.thenAccept(StaffSecrets::close);
        }
    }
}
