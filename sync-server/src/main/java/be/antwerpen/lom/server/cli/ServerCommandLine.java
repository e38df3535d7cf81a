package be.antwerpen.lom.server.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The server program's command line, parsed by picocli (ADR 0107): one sub-command per action, each with
 * the options it reads, generated help ({@code --help}, {@code help COMMAND}) and a one-line error with
 * exit code 2 for an unknown command or option or a missing value. Values not given fall back to
 * {@code LOM_<OPTION>} environment variables ({@link Options}).
 */
public final class ServerCommandLine {

    /** Exit code for a command line that cannot be run. */
    public static final int BAD_USAGE = 2;

    /** A command to run with its options. */
    public record Invocation(String command, Options options) {
    }

    private static final String[][] COMMON = {
            {"--data-dir", "DIR", "folder of the SQLite database and the audit key (default lom-data; a new temporary folder with --demo)"},
            {"--db", "JDBC_URL", "database, e.g. jdbc:postgresql://db/lom (default: SQLite in the data folder)"},
            {"--db-url", "JDBC_URL", "the same as --db"},
            {"--db-user", "USER", "database user"},
            {"--db-password", "PASSWORD", "database password"},
            {"--reference", "FILE", "locations, products and opening hours (default: the Antwerp example)"},
            {"--pbkdf2-iterations", "N", "PBKDF2 iterations of new password hashes (default 600000)"},
            {"--audit-key-file", "FILE", "audit signing key (default DATA_DIR/audit-signing.key)"},
    };
    private static final String[][] NEW_PASSWORD = {
            {"--new-password", "PASSWORD", "the new password (better: LOM_NEW_PASSWORD, or asked on the console)"},
    };

    private static final List<Command> COMMANDS = List.of(
            new Command("serve", "Runs the sync server.", new String[][] {
                    {"--host", "HOST", "address to listen on (default 127.0.0.1)"},
                    {"--port", "PORT", "port (default 8080)"},
                    {"--demo", null, "demo data, passwords 'demo'"},
                    {"--keystore", "FILE", "TLS key store (PKCS12)"},
                    {"--keystore-password", "PASSWORD", "its password"},
                    {"--tls-cert", "FILE", "TLS certificate (PEM); renewed files are picked up without a restart"},
                    {"--tls-key", "FILE", "its private key (PEM)"},
                    {"--tls-reload-seconds", "SECONDS", "how often renewed TLS files are looked for"},
                    {"--allow-plain-http", null, "listen without TLS on an address other than this machine's"},
                    {"--metrics-token", "TOKEN", "GET /metrics needs 'Authorization: Bearer TOKEN' (without it: this machine only)"},
                    {"--audit-sign-minutes", "MINUTES", "how often the audit head is signed (default 5)"},
            }),
            new Command("create-staff", "Creates a staff account.", new String[][] {
                    {"--username", "USERNAME", "required"},
                    {"--role", "ROLE", "AGENT, SUPERVISOR or ADMIN (default AGENT)"},
                    {"--locations", "LOCATIONS", "location ids, comma-separated (none: all locations)"},
                    {"--display-name", "NAME", "name shown on screens (default: the username)"},
            }, NEW_PASSWORD),
            new Command("reset-password", "Sets a new password and ends the account's logins.", new String[][] {
                    {"--username", "USERNAME", "required"},
            }, NEW_PASSWORD),
            new Command("issue-enrollment-code", "Issues a one-use enrollment code for a desk.", new String[][] {
                    {"--location", "LOCATION", "required"},
                    {"--desk", "DESK", "required, e.g. \"Loket 1\""},
                    {"--valid-hours", "HOURS", "default 24"},
                    {"--code", "CODE", "the code to issue (default: a new random code)"},
            }),
            new Command("issue-enrollment-codes", "Issues one code per desk of a CSV list (header 'location,desk'); all or nothing.",
                    new String[][] {
                            {"--csv", "FILE", "required: the desk list"},
                            {"--valid-hours", "HOURS", "default 72"},
                            {"--format", "FORMAT", "csv or json (default csv)"},
                    }),
            new Command("list-devices", "Lists the enrolled desks.", new String[][] {
                    {"--format", "FORMAT", "table, csv or json (default table)"},
            }),
            new Command("revoke-device", "Refuses a desk's sync calls from now on.", new String[][] {
                    {"--device", "ID", "required"},
            }),
            new Command("verify-audit", "Checks the audit hash chain, and against signed heads kept elsewhere; exit code 1 if tampered.",
                    new String[][] {
                            {"--anchors", "FILES", "anchor files, comma-separated: desk databases, server logs, anchor exports"},
                            {"--public-key", "KEYS", "further trusted audit keys (base64 or files), comma-separated"},
                            {"--anchors-since", "TIME", "leave out heads signed before this UTC time, e.g. 2026-12-01T10:00:00Z"},
                    }),
            new Command("sign-audit-head", "Signs the audit chain head now and prints it as an anchor line.",
                    new String[0][]),
            new Command("export-audit-anchors", "Writes the public key and every signed audit head as JSON.",
                    new String[][] {
                            {"--out", "FILE", "required"},
                    }),
            new Command("set-seat-lease-policy", "Sets a location's seat lease policy; options not given keep their value.",
                    new String[][] {
                            {"--location", "LOCATION", "required"},
                            {"--days-ahead", "DAYS", "today + this many days (default 2)"},
                            {"--own-seats", "N", "seats a day per desk of the location (default 3)"},
                            {"--other-seats", "N", "seats a day per desk of another location (default 1)"},
                            {"--max-share-percent", "PERCENT", "at most this share of a day (default 15)"},
                            {"--lease-minutes", "MINUTES", "lease length (default 30)"},
                            {"--return-minutes-before", "MINUTES", "returned this long before the slot (default 120)"},
                            {"--silence-hours", "HOURS", "lost after this long without the desk (default 24)"},
                    }),
            new Command("seat-capacity", "Prints per day: capacity, booked, leased, free.", new String[][] {
                    {"--location", "LOCATION", "required"},
                    {"--from", "YYYY-MM-DD", "first day (default today)"},
                    {"--to", "YYYY-MM-DD", "last day (default a week on)"},
            }),
            Command.group("drill", "Outage drills: the desks in one cut their own connection for a while (ADR 0110).",
                    new Command("start", "Plans an outage drill.", new String[][] {
                            {"--scope", "SCOPE", "DESK, LOCATION or ALL (default: DESK with --desk, LOCATION with"
                                    + " --location, else ALL)"},
                            {"--desk", "ID", "the desk's device id (scope DESK)"},
                            {"--location", "LOCATION", "the location (scope LOCATION)"},
                            {"--starts-at", "TIME", "UTC start, e.g. 2027-03-01T09:00:00Z (default now)"},
                            {"--minutes", "MINUTES", "length (default 30)"},
                    }),
                    new Command("cancel", "Cancels a drill not yet over; its desks reconnect.", new String[][] {
                            {"--drill", "ID", "required"},
                    }),
                    new Command("list", "Lists the drills, newest first.", new String[0][])));

    private final Map<String, String> env;

    public ServerCommandLine(Map<String, String> env) {
        this.env = env;
    }

    /**
     * The command to run, or empty when help was asked for and printed to {@code out}.
     *
     * @throws IllegalArgumentException with one readable line when the command line cannot be run
     */
    public Optional<Invocation> parse(String[] args, PrintStream out) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        ParseResult result;
        try {
            result = commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(readable(e), e);
        }
        if (!result.hasSubcommand() || CommandLine.printHelpIfRequested(result)) {
            if (!result.hasSubcommand()) {
                commandLine.usage(commandLine.getOut());
            }
            return Optional.empty();
        }
        ParseResult sub = result.subcommand();
        String command = sub.commandSpec().name();
        if (!sub.commandSpec().subcommands().isEmpty()) {
            if (!sub.hasSubcommand()) {
                throw new IllegalArgumentException(command + " needs one of " + String.join(", ",
                        sub.commandSpec().subcommands().keySet()) + " (" + command + " --help lists them)");
            }
            sub = sub.subcommand();
            command = command + " " + sub.commandSpec().name();
        }
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (OptionSpec option : sub.matchedOptions()) {
            String name = option.longestName().substring(2);
            if (option.arity().max() == 0) {
                flags.add(name);
            } else {
                values.put(name, option.getValue());
            }
        }
        return Optional.of(new Invocation(command, new Options(values, flags, env)));
    }

    /** The options of {@code command} given as {@code args}, for tools and tests that run one action. */
    public Options options(String command, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        return parse(all, new PrintStream(OutputStream.nullOutputStream())).orElseThrow(() -> new IllegalArgumentException("help is not an action"))
                .options();
    }

    /** The top-level usage, as {@code --help} prints it. */
    public String usage() {
        return commandLine().getUsageMessage();
    }

    private static String readable(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String argument = unmatched.getUnmatched().get(0);
            CommandSpec spec = e.getCommandLine().getCommandSpec();
            boolean top = spec.parent() == null;
            return (argument.startsWith("-") ? "unknown option " + argument + (top ? "" : " for " + spec.name())
                    : top ? "unknown command " + argument : "unexpected argument " + argument)
                    + " (--help lists the " + (top ? "commands" : "options") + ")";
        }
        if (e instanceof CommandLine.MissingParameterException missing && missing.getMissing() != null
                && !missing.getMissing().isEmpty()
                && missing.getMissing().get(0) instanceof OptionSpec option) {
            return option.longestName() + " needs a value";
        }
        return e.getMessage().lines().findFirst().orElse("the command line cannot be read");
    }

    private static CommandLine commandLine() {
        CommandSpec top = CommandSpec.create().name("loket-server").mixinStandardHelpOptions(true);
        top.usageMessage()
                .description("Loket op Maat sync server and its administrator's commands.")
                .footer("", "Options also come from LOM_<OPTION> environment variables "
                        + "(LOM_PORT, LOM_DB, LOM_DATA_DIR, ...).",
                        "New passwords are asked on the console, or taken from LOM_NEW_PASSWORD.");
        CommandLine commandLine = new CommandLine(top);
        for (Command command : COMMANDS) {
            commandLine.addSubcommand(command.name(), command.commandLine());
        }
        commandLine.addSubcommand("help", new CommandLine.HelpCommand());
        commandLine.setOverwrittenOptionsAllowed(true);
        return commandLine;
    }

    /** One command; a group ({@code drill}) has sub-commands instead of options of its own. */
    private record Command(String name, String description, String[][] own, String[][] extra, List<Command> children) {

        Command(String name, String description, String[][] own, String[][] extra) {
            this(name, description, own, extra, List.of());
        }

        Command(String name, String description, String[][] own) {
            this(name, description, own, new String[0][]);
        }

        static Command group(String name, String description, Command... children) {
            return new Command(name, description, new String[0][], new String[0][], List.of(children));
        }

        CommandLine commandLine() {
            if (children.isEmpty()) {
                return new CommandLine(spec());
            }
            CommandSpec spec = CommandSpec.create().name(name).mixinStandardHelpOptions(true);
            spec.usageMessage().description(description);
            CommandLine group = new CommandLine(spec);
            for (Command child : children) {
                group.addSubcommand(child.name(), child.commandLine());
            }
            return group;
        }

        CommandSpec spec() {
            CommandSpec spec = CommandSpec.create().name(name).mixinStandardHelpOptions(true);
            spec.usageMessage().description(description);
            for (String[][] group : new String[][][] {own, extra, COMMON}) {
                for (String[] option : group) {
                    OptionSpec.Builder builder = OptionSpec.builder(option[0]).description(option[2]);
                    if (option[1] == null) {
                        builder.arity("0").type(boolean.class);
                    } else {
                        builder.arity("1").type(String.class).paramLabel(option[1]);
                    }
                    spec.addOption(builder.build());
                }
            }
            return spec;
        }
    }
}
