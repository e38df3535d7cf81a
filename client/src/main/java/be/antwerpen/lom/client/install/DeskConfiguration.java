package be.antwerpen.lom.client.install;

import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.config.DeskCommandLine;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The desk's settings as an IT department pre-seeds them. Sources, highest precedence first:
 * <ol>
 *   <li>command-line options, read by {@link DeskCommandLine} (picocli, ADR 0107) ({@code --server}, {@code --location}, {@code --desk}, {@code --lang},
 *       {@code --data-dir}, {@code --offline-grace-hours}, {@code --idle-lock-minutes}, {@code --trust-store},
 *       {@code --trust-store-password}; plus {@code --enroll-code} and the {@code --smoke} flag);</li>
 *   <li>{@code loket-op-maat.properties} next to the installation ({@link InstallationLayout#installationFiles()});</li>
 *   <li>the machine-wide file ({@code /etc/loket-op-maat/desk.properties},
 *       {@code %ProgramData%\LoketOpMaat\desk.properties});</li>
 *   <li>defaults (local demo server, the platform's per-user data folder, 72 h offline grace, 15 min idle lock).</li>
 * </ol>
 * A bad value fails with a {@link DeskConfigurationException} naming the file and key (or the option).
 *
 * @param serverUrl          the sync server
 * @param enrollCode         one-time enrollment code (command line only), or {@code null}
 * @param locationId         the location this desk is meant for, or {@code null} when enrollment decides
 * @param deskName           the desk's name, e.g. {@code Loket 3}, or {@code null} when enrollment decides
 * @param language           {@code nl} or {@code en}, or {@code null} for the user's remembered choice
 * @param dataDir            local database, downtime packs and logs
 * @param offlineGrace       how long after the last online login an offline login still works
 * @param idleLock           lock after this long without activity ({@link Duration#ZERO}: never)
 * @param trustStore         trust store with the city's certificate authority, or {@code null} for the JDK's
 * @param trustStorePassword its password (empty when none)
 * @param smoke              whether {@code --smoke} was given
 * @param filesRead          the settings files that were found and read, lowest precedence first
 */
public record DeskConfiguration(String serverUrl, String enrollCode, String locationId, String deskName,
                                String language, Path dataDir, Duration offlineGrace, Duration idleLock,
                                Path trustStore, String trustStorePassword, boolean smoke, List<Path> filesRead,
                                String logLevel) {

    public static final String SMOKE_FLAG = DeskCommandLine.SMOKE;
    public static final String ENROLL_CODE_OPTION = "--enroll-code";
    public static final Duration DEFAULT_OFFLINE_GRACE = Duration.ofHours(72);
    public static final Duration DEFAULT_IDLE_LOCK = Duration.ofMinutes(15);
    /** Longest offline grace period accepted (30 days): catches a typo such as 7200. */
    public static final long MAX_OFFLINE_GRACE_HOURS = 720;
    public static final long MAX_IDLE_LOCK_MINUTES = 24 * 60;

    /** The trust store value that names the operating system's certificate store (as the sync layer reads it). */
    private static final String SYSTEM_TRUST = "system";
    /** The levels {@code log.level} accepts, most quiet first. */
    public static final List<String> LOG_LEVELS = List.of("ERROR", "WARN", "INFO", "DEBUG", "TRACE");
    private static final Pattern LOCATION_ID = Pattern.compile("[a-z0-9-]{1,40}");
    /** What {@code Properties} makes of {@code C:\Loket\data}: the backslashes are read as escapes. */
    private static final Pattern EATEN_BACKSLASHES = Pattern.compile("^[A-Za-z]:[^/\\\\].*");

    public DeskConfiguration {
        filesRead = List.copyOf(filesRead);
    }

    /** The settings for this program run, from {@code args}, the settings files and the defaults. */
    public static DeskConfiguration load(String[] args) {
        return load(args, InstallationLayout.detect());
    }

    /** The settings from {@code args} and the files of {@code layout}. */
    public static DeskConfiguration load(String[] args, InstallationLayout layout) {
        Map<DeskSetting, SettingValue> values = new EnumMap<>(DeskSetting.class);
        List<Path> read = new ArrayList<>();
        if (Files.isRegularFile(layout.systemFile())) {
            values.putAll(SettingsFile.read(layout.systemFile()));
            read.add(layout.systemFile());
        }
        for (Path candidate : layout.installationFiles()) {
            if (Files.isRegularFile(candidate)) {
                values.putAll(SettingsFile.read(candidate));
                read.add(candidate);
                break;
            }
        }
        DeskCommandLine.Parsed commandLine;
        try {
            commandLine = DeskCommandLine.parse(args, true);
        } catch (IllegalArgumentException e) {
            throw new DeskConfigurationException(e.getMessage());
        }
        String enrollCode = null;
        for (Map.Entry<String, String> given : commandLine.values().entrySet()) {
            String option = given.getKey();
            String value = given.getValue();
            if (option.equals(ENROLL_CODE_OPTION)) {
                enrollCode = value.strip().isEmpty() ? null : value.strip();
                continue;
            }
            DeskSetting setting = DeskSetting.byOption(option)
                    .orElseThrow(() -> new DeskConfigurationException("unknown option " + option));
            values.put(setting, new SettingValue(value.strip(), "command-line option " + option, null));
        }
        boolean smoke = commandLine.smoke();
        return new DeskConfiguration(
                serverUrl(values.get(DeskSetting.SERVER_URL)),
                enrollCode,
                locationId(values.get(DeskSetting.LOCATION)),
                deskName(values.get(DeskSetting.DESK_NAME)),
                language(values.get(DeskSetting.LANGUAGE)),
                values.containsKey(DeskSetting.DATA_DIR) ? path(values.get(DeskSetting.DATA_DIR)) : layout.defaultDataDir(),
                Duration.ofHours(wholeNumber(values.get(DeskSetting.OFFLINE_GRACE_HOURS), DEFAULT_OFFLINE_GRACE.toHours(),
                        MAX_OFFLINE_GRACE_HOURS, "hours")),
                Duration.ofMinutes(wholeNumber(values.get(DeskSetting.IDLE_LOCK_MINUTES), DEFAULT_IDLE_LOCK.toMinutes(),
                        MAX_IDLE_LOCK_MINUTES, "minutes")),
                trustStore(values.get(DeskSetting.TRUST_STORE)),
                values.containsKey(DeskSetting.TRUST_STORE_PASSWORD) ? values.get(DeskSetting.TRUST_STORE_PASSWORD).text() : "",
                smoke,
                read,
                logLevel(values.get(DeskSetting.LOG_LEVEL)));
    }

    /** The same settings as the desk program's options. */
    public ClientOptions clientOptions() {
        return new ClientOptions(serverUrl, enrollCode, dataDir, trustStore, trustStorePassword, language,
                offlineGrace, idleLock);
    }

    /**
     * The same settings as arguments for {@code ClientOptions.parse}, for starting the desk program with
     * everything the files pre-seed (used by {@link DeskLauncherMain}).
     */
    public String[] clientArguments() {
        List<String> args = new ArrayList<>(List.of("--server", serverUrl, "--data-dir", dataDir.toString(),
                "--offline-grace-hours", Long.toString(offlineGrace.toHours()),
                "--idle-lock-minutes", Long.toString(idleLock.toMinutes())));
        if (enrollCode != null) {
            args.addAll(List.of(ENROLL_CODE_OPTION, enrollCode));
        }
        if (language != null) {
            args.addAll(List.of("--lang", language));
        }
        if (trustStore != null) {
            args.addAll(List.of("--trust-store", trustStore.toString(), "--trust-store-password", trustStorePassword));
        }
        return args.toArray(String[]::new);
    }

    private static String serverUrl(SettingValue value) {
        if (value == null) {
            return ClientOptions.DEFAULT_SERVER;
        }
        try {
            URI uri = new URI(value.text());
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw bad(value, "must be an http:// or https:// address with a host, e.g. https://loket.antwerpen.be");
            }
            return value.text();
        } catch (URISyntaxException e) {
            throw bad(value, "must be an http:// or https:// address with a host, e.g. https://loket.antwerpen.be");
        }
    }

    private static String locationId(SettingValue value) {
        if (value == null) {
            return null;
        }
        if (!LOCATION_ID.matcher(value.text()).matches()) {
            throw bad(value, "must be a location id in lower case, e.g. antwerpen or berchem");
        }
        return value.text();
    }

    private static String deskName(SettingValue value) {
        if (value == null) {
            return null;
        }
        if (value.text().length() > 60 || value.text().chars().anyMatch(Character::isISOControl)) {
            throw bad(value, "must be a desk name of at most 60 characters, e.g. Loket 3");
        }
        return value.text();
    }

    private static String language(SettingValue value) {
        if (value == null) {
            return null;
        }
        if (!value.text().equals("nl") && !value.text().equals("en")) {
            throw bad(value, "must be nl or en");
        }
        return value.text();
    }

    private static long wholeNumber(SettingValue value, long fallback, long max, String unit) {
        if (value == null) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.text());
            if (parsed >= 0 && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(value, "must be a whole number of " + unit + " from 0 to " + max);
    }

    /** The desk log's level: one of {@link #LOG_LEVELS}, INFO by default. */
    private static String logLevel(SettingValue value) {
        if (value == null) {
            return "INFO";
        }
        String level = value.text().strip().toUpperCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(level)) {
            throw bad(value, "must be one of " + String.join(", ", LOG_LEVELS));
        }
        return level;
    }

    private static Path trustStore(SettingValue value) {
        if (value == null) {
            return null;
        }
        if (value.text().strip().equalsIgnoreCase(SYSTEM_TRUST)) {
            return Path.of(SYSTEM_TRUST);
        }
        Path file = path(value);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw bad(value, "names a trust store file that does not exist or cannot be read");
        }
        return file;
    }

    private static Path path(SettingValue value) {
        String text = value.text();
        if (value.baseDir() != null && EATEN_BACKSLASHES.matcher(text).matches()) {
            throw bad(value, "looks like a Windows path whose backslashes were read as escapes; "
                    + "write it with forward slashes (C:/LoketOpMaat/data) or double backslashes");
        }
        if (text.equals("~") || text.startsWith("~/")) {
            text = System.getProperty("user.home") + text.substring(1);
        }
        try {
            Path path = Path.of(text);
            if (!path.isAbsolute() && value.baseDir() != null) {
                path = value.baseDir().resolve(path);
            }
            return path.toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw bad(value, "is not a valid path");
        }
    }

    private static DeskConfigurationException bad(SettingValue value, String expectation) {
        return new DeskConfigurationException(value.origin() + ": '" + value.text() + "' " + expectation);
    }
}
