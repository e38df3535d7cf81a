package be.antwerpen.lom.model.citizen;

import be.antwerpen.lom.model.validation.DomainValidationException;
import java.text.Normalizer;

/**
 * Validation for names in any script: letters of every alphabet, combining marks, spaces,
 * apostrophes, hyphens and dots. Names are stored in Unicode normalization form C.
 */
public final class PersonName {

    public static final int MAX_LENGTH = 100;

    private PersonName() {
    }

    /** Returns the NFC-normalized, trimmed name, or throws with a message naming the field. */
    public static String validate(String name, String field) {
        if (name == null || name.isBlank()) {
            throw new DomainValidationException(field, field + " is required");
        }
        String normalized = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
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

    private static boolean isAllowedMark(int cp) {
        int type = Character.getType(cp);
        return cp == ' ' || cp == '\'' || cp == '\u2019' || cp == '-' || cp == '.' || cp == '\u200C' || cp == '\u200D'
                || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
