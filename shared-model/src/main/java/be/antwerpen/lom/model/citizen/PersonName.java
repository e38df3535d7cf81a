package be.antwerpen.lom.model.citizen;

import be.antwerpen.lom.model.validation.DomainValidationException;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Validation for names in any script: letters of every alphabet, combining marks, spaces,
 * apostrophes, hyphens, dots and middle dots. Names are stored in Unicode normalization form C
 * with runs of spaces collapsed to one. Control and format characters (line breaks, tabs,
 * direction overrides), digits, symbols and emoji (including emoji variation selectors) are
 * rejected. Messages name the field and never repeat the value.
 */
public final class PersonName {

    public static final int MAX_LENGTH = 100;

    /** Compiled once: names are validated for every citizen read, e.g. thousands per sync page (issue 16). */
    private static final Pattern SPACES = Pattern.compile("\\p{Zs}+");
    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private PersonName() {
    }

    /** Returns the NFC-normalized, trimmed name, or throws with a message naming the field. */
    public static String validate(String name, String field) {
        if (name == null || name.isBlank()) {
            throw new DomainValidationException(field, field + " is required");
        }
        String stripped = name.strip();
        if (stripped.codePoints().anyMatch(PersonName::isControlOrFormat)) {
            throw new DomainValidationException(field,
                    field + " must not contain control characters such as line breaks or tabs");
        }
        String normalized = SPACES.matcher(Normalizer.normalize(stripped, Normalizer.Form.NFC)).replaceAll(" ").strip();
        if (normalized.isEmpty()) {
            throw new DomainValidationException(field, field + " is required");
        }
        if (normalized.codePointCount(0, normalized.length()) > MAX_LENGTH) {
            throw new DomainValidationException(field, field + " is longer than " + MAX_LENGTH + " characters");
        }
        boolean hasLetter = false;
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                hasLetter = true;
            } else if (!isAllowedMark(cp)) {
                throw new DomainValidationException(field,
                        field + " may contain letters of any alphabet, spaces, apostrophes, hyphens and dots only");
            }
        }
        if (!hasLetter) {
            throw new DomainValidationException(field, field + " must contain a letter");
        }
        return normalized;
    }

    private static boolean isControlOrFormat(int cp) {
        int type = Character.getType(cp);
        boolean joiner = cp == ZERO_WIDTH_NON_JOINER || cp == ZERO_WIDTH_JOINER;
        return type == Character.CONTROL || (type == Character.FORMAT && !joiner);
    }

    private static boolean isAllowedMark(int cp) {
        int type = Character.getType(cp);
        if (isVariationSelector(cp)) {
            return false;
        }
        return cp == ' ' || cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010' || cp == '.'
                || cp == '\u00B7' || cp == '\u30FB' || cp == ZERO_WIDTH_NON_JOINER || cp == ZERO_WIDTH_JOINER
                || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Variation selectors turn letters and symbols into emoji presentation; no name needs them. */
    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
