package be.antwerpen.lom.model.citizen;

import be.antwerpen.lom.model.validation.DomainValidationException;
import java.util.regex.Pattern;

/**
 * The citizen an appointment is for. All personal data of the system is in this one record.
 *
 * @param nationalRegisterNumber may be {@code null} for a walk-in registered under a temporary identity
 * @param givenName  given name(s), any script
 * @param familyName family name, any script
 * @param email      optional contact e-mail
 * @param phone      optional contact phone number
 */
public record Citizen(
        NationalRegisterNumber nationalRegisterNumber,
        String givenName,
        String familyName,
        String email,
        String phone) {

    /** The shortest phone number accepted, counted in digits (separators do not count). */
    public static final int MIN_PHONE_DIGITS = 6;

    /**
     * An e-mail address: letters (any script), digits and {@code ! # $ % ' * + / = ? ^ _ { | } ~ . -} before the @
     * (RFC 5322 atext without {@code & `}), dot-separated
     * labels of letters, digits and hyphens after it. No spaces, markup ({@code < > " & ;}), control or
     * format characters (a right-to-left override U+202E would show another address than the stored one).
     */
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}!#$%'*+/=?^_{|}~.-]{1,64}@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
                    + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ./()-]{6,20}");

    public Citizen {
        givenName = PersonName.validate(givenName, "givenName");
        familyName = PersonName.validate(familyName, "familyName");
        email = blankToNull(email);
        phone = blankToNull(phone);
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new DomainValidationException("email", "email.invalid", "email is not a valid e-mail address");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new DomainValidationException("phone", "phone.characters",
                    "phone may contain digits, spaces and + . / ( ) - only (6 to 20)");
        }
        if (phone != null && phone.chars().filter(c -> c >= '0' && c <= '9').count() < MIN_PHONE_DIGITS) {
            throw new DomainValidationException("phone", "phone.tooFewDigits",
                    "phone must contain at least " + MIN_PHONE_DIGITS + " digits", MIN_PHONE_DIGITS);
        }
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Masked: personal data must not leak into logs. */
    @Override
    public String toString() {
        return "Citizen[***]";
    }
}
