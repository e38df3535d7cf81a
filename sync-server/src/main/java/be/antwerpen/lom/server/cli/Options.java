package be.antwerpen.lom.server.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Command-line options ({@code --name value} and {@code --flag}) with environment fallbacks:
 * {@code --db-url} falls back to {@code LOM_DB_URL}, {@code --port} to {@code LOM_PORT}, and so on.
 */
public final class Options {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final Map<String, String> env;

    public Options(List<String> args, Set<String> knownFlags, Map<String, String> env) {
        this.env = env;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            if (eq > 0) {
                values.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (knownFlags.contains(name)) {
                flags.add(name);
            } else if (i + 1 < args.size()) {
                values.put(name, args.get(++i));
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
    }

    /** The option, or its environment variable {@code LOM_NAME}, or {@code fallback}. */
    public String get(String name, String fallback) {
        String v = values.get(name);
        if (v == null) {
            v = env.get("LOM_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
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
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number", e);
        }
    }

    public boolean flag(String name) {
        return flags.contains(name) || "true".equalsIgnoreCase(env.get("LOM_" + name.toUpperCase(Locale.ROOT)
                .replace('-', '_')));
    }
}
