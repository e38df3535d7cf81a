package be.antwerpen.lom.client.install;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where this installation looks for its settings and keeps its data on the current platform.
 *
 * @param platform          the operating system family
 * @param installationFiles candidates for {@code loket-op-maat.properties} next to the installation, in the
 *                          order they are tried (the first that exists is read)
 * @param systemFile        the machine-wide settings file an IT department deploys
 * @param defaultDataDir    the per-user data folder used when no data directory is configured
 */
public record InstallationLayout(Platform platform, List<Path> installationFiles, Path systemFile,
                                 Path defaultDataDir) {

    /** Name of the settings file next to the installation. */
    public static final String INSTALLATION_FILE_NAME = "loket-op-maat.properties";
    /** System property jpackage's launcher sets to the launcher executable. */
    public static final String JPACKAGE_APP_PATH = "jpackage.app-path";

    /** Operating system families with their own folder conventions. */
    public enum Platform {
        LINUX, WINDOWS, MAC;

        static Platform of(String osName) {
            String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
            if (os.contains("win")) {
                return WINDOWS;
            }
            if (os.contains("mac") || os.contains("darwin")) {
                return MAC;
            }
            return LINUX;
        }
    }

    public InstallationLayout {
        installationFiles = List.copyOf(installationFiles);
    }

    /** The layout of the running program: its OS, environment, launcher and jar. */
    public static InstallationLayout detect() {
        return of(System.getProperty("os.name"), System.getenv(), System.getProperty("user.home"),
                System.getProperty(JPACKAGE_APP_PATH), codeLocation().orElse(null));
    }

    /**
     * The layout for the given facts (testable without changing the JVM's environment).
     *
     * @param osName       value of {@code os.name}
     * @param env          environment variables
     * @param userHome     value of {@code user.home}
     * @param launcherPath value of {@code jpackage.app-path}, or {@code null} when not started by a jpackage launcher
     * @param codeLocation the jar (or class folder) the client runs from, or {@code null} when unknown
     */
    public static InstallationLayout of(String osName, Map<String, String> env, String userHome, String launcherPath,
                                        Path codeLocation) {
        Platform platform = Platform.of(osName);
        return new InstallationLayout(platform, installationFiles(launcherPath, codeLocation),
                systemFile(platform, env), dataDir(platform, env, userHome));
    }

    private static List<Path> installationFiles(String launcherPath, Path codeLocation) {
        List<Path> folders = new ArrayList<>();
        if (launcherPath != null && !launcherPath.isBlank()) {
            Path launcherFolder = Path.of(launcherPath).toAbsolutePath().getParent();
            if (launcherFolder != null) {
                // Linux: /opt/loket-op-maat/bin/loket-op-maat -> /opt/loket-op-maat; macOS: Contents/MacOS -> Contents;
                // Windows: C:\Program Files\LoketOpMaat\LoketOpMaat.exe -> C:\Program Files\LoketOpMaat.
                Path name = launcherFolder.getFileName();
                boolean nested = name != null && (name.toString().equals("bin") || name.toString().equals("MacOS"));
                folders.add(nested && launcherFolder.getParent() != null ? launcherFolder.getParent() : launcherFolder);
            }
        }
        if (codeLocation != null) {
            Path jarFolder = codeLocation.toAbsolutePath().getParent();
            if (jarFolder != null && !folders.contains(jarFolder)) {
                folders.add(jarFolder);
            }
        }
        return folders.stream().map(folder -> folder.resolve(INSTALLATION_FILE_NAME)).toList();
    }

    private static Path systemFile(Platform platform, Map<String, String> env) {
        return switch (platform) {
            case WINDOWS -> Path.of(nonBlank(env.get("ProgramData"), nonBlank(env.get("PROGRAMDATA"), "C:\\ProgramData")),
                    "LoketOpMaat", "desk.properties");
            case MAC -> Path.of("/Library/Application Support/LoketOpMaat/desk.properties");
            case LINUX -> Path.of("/etc/loket-op-maat/desk.properties");
        };
    }

    private static Path dataDir(Platform platform, Map<String, String> env, String userHome) {
        String home = userHome == null ? "." : userHome;
        return switch (platform) {
            case WINDOWS -> Path.of(nonBlank(env.get("LOCALAPPDATA"), Path.of(home, "AppData", "Local").toString()),
                    "LoketOpMaat");
            case MAC -> Path.of(home, "Library", "Application Support", "LoketOpMaat");
            case LINUX -> {
                String xdg = env.get("XDG_DATA_HOME");
                // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
                Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                        ? Path.of(xdg) : Path.of(home, ".local", "share");
                yield base.resolve("loket-op-maat");
            }
        };
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Optional<Path> codeLocation() {
        try {
            CodeSource source = InstallationLayout.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
                return Optional.empty();
            }
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
