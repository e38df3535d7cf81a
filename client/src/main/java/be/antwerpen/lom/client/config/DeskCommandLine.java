package be.antwerpen.lom.client.config;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The desk's command line, parsed by picocli (ADR 0107), for the desk program ({@code ClientMain}) and the
 * packaged launcher, which also takes the settings an IT department pre-seeds ({@code --location},
 * {@code --desk}, {@code --log-level}) and {@code --smoke}. Generated help ({@code --help}); a bad command
 * line is one readable sentence. The settings files are read elsewhere ({@code install.SettingsFile}).
 */
public final class DeskCommandLine {

    /** Exit code for a command line that cannot be run. */
    public static final int BAD_USAGE = 2;
    public static final String SMOKE = "--smoke";

    /** {option, value label, description, launcher only}. */
    private static final String[][] OPTIONS = {
            {"--server", "URL", "the sync server (default " + ClientOptions.DEFAULT_SERVER + ")", ""},
            {"--enroll-code", "CODE", "enroll with this one-time code on first start", ""},
            {"--data-dir", "DIR", "local database, downtime packs and logs (default: the user's data folder)", ""},
            {"--trust-store", "FILE", "trust store with the city's certificate authority ('system': the OS's)", ""},
            {"--trust-store-password", "PASSWORD", "its password", ""},
            {"--lang", "nl|en", "language of the screens (default: the remembered choice)", ""},
            {"--offline-grace-hours", "HOURS", "offline login works this long after the last online one (default 72)", ""},
            {"--idle-lock-minutes", "MINUTES", "lock after this long without activity, 0 never (default 15)", ""},
            {"--location", "LOCATION", "the location this desk is meant for", "launcher"},
            {"--desk", "NAME", "the desk's name, e.g. \"Loket 3\"", "launcher"},
            {"--log-level", "LEVEL", "ERROR, WARN, INFO, DEBUG or TRACE (default INFO)", "launcher"},
    };

    /**
     * A parsed command line.
     *
     * @param values the options given with a value, in the order given (the last of a repeated option)
     * @param smoke  whether {@code --smoke} was given
     */
    public record Parsed(Map<String, String> values, boolean smoke) {
    }

    private DeskCommandLine() {
    }

    /** Whether the command line asks for help ({@code --help} or {@code -h}). */
    public static boolean helpRequested(String[] args) {
        return Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h");
    }

    /**
     * The options of {@code args}.
     *
     * @param launcher whether the launcher's options ({@code --location}, {@code --desk}, {@code --log-level},
     *                 {@code --smoke}) are accepted
     * @throws IllegalArgumentException with one readable sentence when the command line is wrong
     */
    public static Parsed parse(String[] args, boolean launcher) {
        ParseResult result;
        try {
            result = commandLine(launcher).parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(readable(e), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        boolean smoke = false;
        for (OptionSpec option : result.matchedOptions()) {
            if (option.longestName().equals(SMOKE)) {
                smoke = true;
            } else if (option.arity().max() > 0) {
                values.put(option.longestName(), option.getValue());
            }
        }
        return new Parsed(values, smoke);
    }

    /** The generated help text. */
    public static String usage(boolean launcher) {
        return commandLine(launcher).getUsageMessage();
    }

    private static String readable(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException missing && missing.getMissing() != null
                && !missing.getMissing().isEmpty()
                && missing.getMissing().get(0) instanceof OptionSpec option) {
            return "option " + option.longestName() + " needs a value";
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String argument = unmatched.getUnmatched().get(0);
            return argument.startsWith("-") ? "unknown option " + argument : "unexpected argument " + argument;
        }
        return e.getMessage().lines().findFirst().orElse("the command line cannot be read");
    }

    private static CommandLine commandLine(boolean launcher) {
        CommandSpec spec = CommandSpec.create().name("loket-op-maat").mixinStandardHelpOptions(true);
        spec.usageMessage().description("Loket op Maat counter desk.");
        for (String[] option : OPTIONS) {
            if (launcher || option[3].isEmpty()) {
                spec.addOption(OptionSpec.builder(option[0]).paramLabel(option[1]).description(option[2])
                        .arity("1").type(String.class).build());
            }
        }
        if (launcher) {
            spec.addOption(OptionSpec.builder(SMOKE).arity("0").type(boolean.class)
                    .description("check the installation, print one line and exit").build());
            spec.usageMessage().footer("", "Settings also come from loket-op-maat.properties next to the "
                    + "installation and the machine-wide desk.properties (ADR 0081).");
        }
        CommandLine commandLine = new CommandLine(spec);
        commandLine.setOverwrittenOptionsAllowed(true);
        return commandLine;
    }

    /** The option names the launcher accepts with a value, for checks that the settings and options agree. */
    public static List<String> launcherValueOptions() {
        return Arrays.stream(OPTIONS).map(o -> o[0]).toList();
    }
}
