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
