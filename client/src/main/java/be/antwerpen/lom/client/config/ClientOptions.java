package be.antwerpen.lom.client.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The desk's settings from the command line.
 *
 * @param serverUrl          server to enroll with ({@code --server}, default http://127.0.0.1:8080)
 * @param enrollCode         enroll automatically on first start ({@code --enroll-code})
 * @param dataDir            where the SQLite file lives ({@code --data-dir})
 * @param trustStore         city CA trust store ({@code --trust-store}), or {@code null}
 * @param trustStorePassword its password ({@code --trust-store-password})
 * @param language           nl or en ({@code --lang}), or {@code null} for the remembered choice
 * @param offlineGrace       how long after the last online login an offline login works ({@code --offline-grace-hours})
 * @param idleLock           lock after this long without activity ({@code --idle-lock-minutes}, 0 = never)
 */
public record ClientOptions(String serverUrl, String enrollCode, Path dataDir, Path trustStore,
                            String trustStorePassword, String language, Duration offlineGrace, Duration idleLock) {

    public static final String DEFAULT_SERVER = "http://127.0.0.1:8080";

    /**
     * Reads the command line ({@link DeskCommandLine}, picocli); throws {@link IllegalArgumentException} with a
     * readable message.
     */
    public static ClientOptions parse(String[] args) {
        Map<String, String> given = DeskCommandLine.parse(args, false).values();
        String language = given.get("--lang");
        if (language != null && !language.equals("nl") && !language.equals("en")) {
            throw new IllegalArgumentException("--lang must be nl or en");
        }
        return new ClientOptions(given.getOrDefault("--server", DEFAULT_SERVER), given.get("--enroll-code"),
                given.containsKey("--data-dir") ? Path.of(given.get("--data-dir")) : defaultDataDir(),
                given.containsKey("--trust-store") ? Path.of(given.get("--trust-store")) : null,
                given.getOrDefault("--trust-store-password", ""), language,
                Duration.ofHours(positive("--offline-grace-hours", given.getOrDefault("--offline-grace-hours", "72"))),
                Duration.ofMinutes(positive("--idle-lock-minutes", given.getOrDefault("--idle-lock-minutes", "15"))));
    }

    private static long positive(String name, String value) {
        try {
            long parsed = Long.parseLong(value);
            if (parsed < 0) {
                throw new IllegalArgumentException(name + " must not be negative");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
    }

    /** The per-user data directory of the platform. */
    public static Path defaultDataDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "LoketOpMaat");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "LoketOpMaat");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("loket-op-maat");
    }
}
