package be.antwerpen.lom.model.validation;

import java.util.Collection;

/** Small guards used by the records' compact constructors. Each names the field it checks. */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new DomainValidationException(field, "required", field + " is required", field);
        }
        return value;
    }

    public static String text(String value, String field, int maxLength) {
        present(value, field);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new DomainValidationException(field, "required", field + " must not be blank", field);
        }
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new DomainValidationException(field, "tooLong", field + " is longer than " + maxLength + " characters",
                    field, maxLength);
        }
        return stripped;
    }

    /**
     * A line of plain text: {@link #text} with no control characters (line breaks, tabs, NUL), no characters that
     * turn the direction of the text around (U+202A-U+202E, U+2066-U+2069, which make a shown code or remark read
     * differently from what is stored) and no half of a character (a lone UTF-16 surrogate).
     */
    public static String line(String value, String field, int maxLength) {
        String stripped = text(value, field, maxLength);
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 == stripped.length() || !Character.isLowSurrogate(stripped.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (lone || Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')) {
                throw new DomainValidationException(field, "plainText",
                        field + " may not contain control characters or characters that turn the text around", field);
            }
        }
        return stripped;
    }

    /** {@link #line} for a text that may be left out: null when {@code value} is null or blank. */
    public static String optionalLine(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : line(value, field, maxLength);
    }

    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new DomainValidationException(field, "notPositive", field + " must be greater than zero", field);
        }
        return value;
    }

    public static int notNegative(int value, String field) {
        if (value < 0) {
            throw new DomainValidationException(field, "negative", field + " must not be negative", field);
        }
        return value;
    }

    public static void that(boolean condition, String field, String message) {
        if (!condition) {
            throw new DomainValidationException(field, message);
        }
    }

    public static <T extends Collection<?>> T notEmpty(T values, String field) {
        present(values, field);
        if (values.isEmpty()) {
            throw new DomainValidationException(field, "required", field + " must not be empty", field);
        }
        return values;
    }
}
