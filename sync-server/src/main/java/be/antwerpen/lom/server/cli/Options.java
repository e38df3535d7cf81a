package be.antwerpen.lom.server.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The options of one command as {@link ServerCommandLine} parsed them ({@code --name value} and
 * {@code --flag}), with environment fallbacks: {@code --db-url} falls back to {@code LOM_DB_URL},
 * {@code --port} to {@code LOM_PORT}, and so on.
 */
public final class Options {

    private final Map<String, String> values;
    private final Set<String> flags;
    private final Map<String, String> env;

    Options(Map<String, String> values, Set<String> flags, Map<String, String> env) {
        this.values = Map.copyOf(values);
        this.flags = Set.copyOf(flags);
        this.env = env;
    }

    /** The option, or its environment variable {@code LOM_NAME}, or {@code fallback}. */
    public String get(String name, String fallback) {
        String v = values.get(name);
        if (v == null) {
            v = env.get(variable(name));
        }
        return v == null || v.isBlank() ? fallback : v;
    }

    public String require(String name) {
        String v = get(name, null);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }

    public int intValue(String name, int fallback) {
        String v = get(name, null);
        try {
            return v == null ? fallback : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number", e);
        }
    }

    public boolean flag(String name) {
        return flags.contains(name) || "true".equalsIgnoreCase(env.get(variable(name)));
    }

    private static String variable(String name) {
        return "LOM_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
