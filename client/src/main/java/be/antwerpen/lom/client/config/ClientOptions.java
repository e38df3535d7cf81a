package be.antwerpen.lom.client.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

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

    /** Parses {@code --name value} pairs; throws {@link IllegalArgumentException} with a readable message. */
    public static ClientOptions parse(String[] args) {
        String server = DEFAULT_SERVER;
        String code = null;
        Path dataDir = defaultDataDir();
        Path trustStore = null;
        String trustPassword = "";
        String language = null;
        Duration grace = Duration.ofHours(72);
        Duration idle = Duration.ofMinutes(15);
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--server" -> server = value;
                case "--enroll-code" -> code = value;
                case "--data-dir" -> dataDir = Path.of(value);
                case "--trust-store" -> trustStore = Path.of(value);
                case "--trust-store-password" -> trustPassword = value;
                case "--lang" -> {
                    if (!value.equals("nl") && !value.equals("en")) {
                        throw new IllegalArgumentException("--lang must be nl or en");
                    }
                    language = value;
                }
                case "--offline-grace-hours" -> grace = Duration.ofHours(positive(name, value));
                case "--idle-lock-minutes" -> idle = Duration.ofMinutes(positive(name, value));
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new ClientOptions(server, code, dataDir, trustStore, trustPassword, language, grace, idle);
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
