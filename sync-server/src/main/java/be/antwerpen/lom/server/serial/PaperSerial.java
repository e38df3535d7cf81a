package be.antwerpen.lom.server.serial;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper-form serial as printed, {@code PREFIX-NNNNNN} (e.g. {@code ANT-W-000123}).
 *
 * @param prefix the location's serial prefix
 * @param number the form's number within the prefix
 */
public record PaperSerial(String prefix, long number) {

    private static final Pattern PRINTED = Pattern.compile("(.+)-(\\d{1,9})");

    /**
     * Reads a serial as typed: case and surrounding blanks are ignored and leading zeros may be left out
     * ({@code ant-w-12} is {@code ANT-W-000012}); empty when the text is not a prefix, a dash and a number.
     */
    public static Optional<PaperSerial> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PRINTED.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PaperSerial(m.group(1), Long.parseLong(m.group(2))));
    }

    /** The serial as printed on the form. */
    public static String printed(String prefix, long number) {
        return prefix + "-" + String.format(Locale.ROOT, "%06d", number);
    }

    /** The serial as printed on the form. */
    public String printed() {
        return printed(prefix, number);
    }

    /**
     * The one spelling under which a typed serial is stored and compared: the printed form when it can
     * be read as one, otherwise the typed text without surrounding blanks, in capitals.
     */
    public static String canonical(String typed) {
        return parse(typed).map(PaperSerial::printed).orElse(typed.strip().toUpperCase(Locale.ROOT));
    }
}
