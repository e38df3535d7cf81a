package be.antwerpen.lom.client.downtime;

import be.antwerpen.lom.model.validation.DomainValidationException;
import be.antwerpen.lom.model.validation.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of blank-form serial numbers that one desk holds, e.g. prefix {@code ANT1-W} with
 * numbers 101 to 200, printed as {@code ANT1-W-000101} .. {@code ANT1-W-000200}.
 *
 * <p>Ranges are leased to desks by the server so that two desks never print the same serial;
 * for the pack the range is an input. The server leases ranges that never overlap.
 *
 * @param prefix upper-case letters and digits in one to three dash-separated groups
 * @param first  first number (1 .. 999999)
 * @param last   last number, inclusive, not below {@code first}
 */
public record SerialRange(String prefix, int first, int last) {

    public static final int MAX_NUMBER = 999_999;
    private static final Pattern PREFIX = Pattern.compile("[A-Z0-9]{1,8}(-[A-Z0-9]{1,8}){0,2}");
    private static final Pattern SERIAL = Pattern.compile("([A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8}){0,2})-([0-9]{6})");

    public SerialRange {
        Require.present(prefix, "serialRange.prefix");
        Require.that(PREFIX.matcher(prefix).matches(), "serialRange.prefix",
                "a serial prefix is one to three groups of upper-case letters or digits joined by '-'");
        Require.that(first >= 1 && first <= MAX_NUMBER, "serialRange.first", "the first serial number must be 1 to 999999");
        Require.that(last >= first, "serialRange.last", "the last serial number must not be below the first");
        Require.that(last <= MAX_NUMBER, "serialRange.last", "the last serial number must be at most 999999");
    }

    /** How many serials the range holds. */
    public int size() {
        return last - first + 1;
    }

    /** The formatted serial for a number inside the range. */
    public String serial(int number) {
        Require.that(number >= first && number <= last, "serial", "the number lies outside the range " + describe());
        return format(prefix, number);
    }

    /**
     * The first {@code count} serials of the range, in order.
     *
     * @throws SerialRangeTooSmallException when the range holds fewer
     */
    public List<String> firstSerials(int count) {
        Require.notNegative(count, "count");
        if (count > size()) {
            throw new SerialRangeTooSmallException(this, count);
        }
        List<String> serials = new ArrayList<>(count);
        for (int number = first; number < first + count; number++) {
            serials.add(format(prefix, number));
        }
        return serials;
    }

    /** Whether the formatted serial belongs to this range. */
    public boolean contains(String serial) {
        if (serial == null) {
            return false;
        }
        Matcher matcher = SERIAL.matcher(serial);
        if (!matcher.matches() || !matcher.group(1).equals(prefix)) {
            return false;
        }
        int number = Integer.parseInt(matcher.group(2));
        return number >= first && number <= last;
    }

    /** Whether both ranges could produce the same serial. */
    public boolean overlaps(SerialRange other) {
        return prefix.equals(other.prefix) && first <= other.last && other.first <= last;
    }

    /** Human-readable form, e.g. {@code ANT1-W-000101 .. ANT1-W-000200}. */
    public String describe() {
        return format(prefix, first) + " .. " + format(prefix, last);
    }

    /** Whether the text has the form of a serial ({@code PREFIX-NNNNNN}). */
    public static boolean isWellFormedSerial(String serial) {
        return serial != null && SERIAL.matcher(serial).matches();
    }

    /** Parses the form written by {@link #describe()}. */
    public static SerialRange parse(String text) {
        Require.present(text, "serialRange");
        String[] parts = text.split("\\.\\.");
        if (parts.length != 2) {
            throw new DomainValidationException("serialRange", "a serial range is written as FIRST .. LAST");
        }
        Matcher from = SERIAL.matcher(parts[0].strip());
        Matcher to = SERIAL.matcher(parts[1].strip());
        if (!from.matches() || !to.matches() || !from.group(1).equals(to.group(1))) {
            throw new DomainValidationException("serialRange",
                    "both ends of a serial range must be serials with the same prefix, e.g. ANT1-W-000101");
        }
        return new SerialRange(from.group(1), Integer.parseInt(from.group(2)), Integer.parseInt(to.group(2)));
    }

    private static String format(String prefix, int number) {
        return prefix + "-" + String.format("%06d", number);
    }
}
