package be.antwerpen.lom.model.refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Why something was refused, in a form every program can word in its own language (ADR 0114): a stable
 * {@code code} such as {@code nrn.checkDigits} with {@code params} (field names, limits, statuses; never
 * personal data), and the English {@code message} kept for API users and logs.
 *
 * <p>{@link #encode()} packs a refusal into one text column (the server's receipts, the desk's outbox)
 * so no schema changes; {@link #decode} reads such a text back and takes any other text as a plain
 * message without a code (written before codes existed).
 */
public record Refusal(String code, List<String> params, String message) {

    /** The code of a refusal that has no more specific one: "{0} is not valid". */
    public static final String INVALID = "invalid";

    private static final char MARK = '\u001e';
    private static final char SEPARATOR = '\u001f';

    public Refusal {
        params = params == null ? List.of() : List.copyOf(params.stream().map(String::valueOf).toList());
    }

    public static Refusal of(String code, String message, Object... params) {
        List<String> texts = new ArrayList<>();
        for (Object p : params) {
            texts.add(String.valueOf(p));
        }
        return new Refusal(code, texts, message);
    }

    /** A refusal known only by its sentence (an older server or desk): no code. */
    public static Refusal plain(String message) {
        return new Refusal(null, List.of(), message);
    }

    /** One text: the mark, the code and parameters separated by unit separators, a line feed, the message. */
    public String encode() {
        if (code == null) {
            return message;
        }
        StringBuilder out = new StringBuilder().append(MARK).append(clean(code));
        for (String p : params) {
            out.append(SEPARATOR).append(clean(p));
        }
        return out.append('\n').append(message == null ? "" : message).toString();
    }

    /** Reads {@link #encode()}'s text back; any other text (or null) is a plain message. */
    public static Refusal decode(String stored) {
        if (stored == null || stored.isEmpty() || stored.charAt(0) != MARK) {
            return plain(stored);
        }
        int end = stored.indexOf('\n');
        String head = stored.substring(1, end < 0 ? stored.length() : end);
        String message = end < 0 ? null : stored.substring(end + 1);
        List<String> parts = new ArrayList<>(List.of(head.split(String.valueOf(SEPARATOR), -1)));
        String code = parts.remove(0);
        return new Refusal(code.isEmpty() ? null : code, parts, message);
    }

    /** The English sentence alone, for logs and API users. */
    public static String messageOf(String stored) {
        return decode(stored).message();
    }

    private static String clean(String text) {
        return Objects.requireNonNullElse(text, "").replace(MARK, ' ').replace(SEPARATOR, ' ').replace('\n', ' ');
    }
}
