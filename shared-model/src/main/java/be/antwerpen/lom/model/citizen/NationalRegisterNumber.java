package be.antwerpen.lom.model.citizen;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A Belgian national register number (rijksregisternummer) or BIS number: {@code YYMMDD SSS CC}.
 *
 * <p>Accepted input forms: {@code 85073003328}, {@code 85.07.30-033.28}, {@code 850730 033 28}.
 * The check digits are {@code 97 - (first nine digits mod 97)}; for people born in 2000 or later
 * the nine digits are prefixed with {@code 2}. A BIS number adds 20 (sex unknown) or 40 (sex
 * known) to the month. Month or day {@code 00} means the date is unknown.
 *
 * <p>This is protected personal data: {@link #toString()} is masked so the number never ends up
 * in a log line or an exception message by accident. Use {@link #digits()} to store or send it.
 */
public final class NationalRegisterNumber {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final String digits;
    private final LocalDate birthDate;
    private final boolean bornIn2000OrLater;
    private final boolean bis;
    private final Sex sex;

    private NationalRegisterNumber(String digits, LocalDate birthDate, boolean bornIn2000OrLater, boolean bis, Sex sex) {
        this.digits = digits;
        this.birthDate = birthDate;
        this.bornIn2000OrLater = bornIn2000OrLater;
        this.bis = bis;
        this.sex = sex;
    }

    /** Parses and validates a number, judging birth dates against today's date in Brussels. */
    @JsonCreator
    public static NationalRegisterNumber parse(String input) {
        return parse(input, LocalDate.now(BRUSSELS));
    }

    /**
     * Parses and validates a number.
     *
     * @param input the number in any of the accepted forms
     * @param today used to reject birth dates in the future
     * @throws InvalidNationalRegisterNumberException with a message that says what is wrong
     */
    public static NationalRegisterNumber parse(String input, LocalDate today) {
        if (input == null || input.isBlank()) {
            throw new InvalidNationalRegisterNumberException("required", "national register number is required",
                    "nationalRegisterNumber");
        }
        String digits = normalize(input);
        int yy = Integer.parseInt(digits.substring(0, 2));
        int rawMonth = Integer.parseInt(digits.substring(2, 4));
        int day = Integer.parseInt(digits.substring(4, 6));
        int sequence = Integer.parseInt(digits.substring(6, 9));
        int check = Integer.parseInt(digits.substring(9, 11));

        boolean bis = rawMonth >= 20;
        int month;
        Sex sex;
        if (rawMonth <= 12) {
            month = rawMonth;
            sex = sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        } else if (rawMonth >= 20 && rawMonth <= 32) {
            month = rawMonth - 20;
            sex = Sex.UNKNOWN;
        } else if (rawMonth >= 40 && rawMonth <= 52) {
            month = rawMonth - 40;
            sex = sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        } else {
            throw new InvalidNationalRegisterNumberException("nrn.month",
                    "the month part must be 00-12 (or 20-32 / 40-52 for a BIS number)");
        }
        if (day > 31) {
            throw new InvalidNationalRegisterNumberException("nrn.day", "the day part must be 00-31");
        }
        if (sequence == 0 || sequence == 999) {
            throw new InvalidNationalRegisterNumberException("nrn.sequence", "the sequence part must be 001-998");
        }

        long firstNine = Long.parseLong(digits.substring(0, 9));
        boolean before2000 = checkDigits(firstNine) == check;
        boolean from2000 = checkDigits(2_000_000_000L + firstNine) == check;
        if (!before2000 && !from2000) {
            throw new InvalidNationalRegisterNumberException("nrn.checkDigits", "the check digits do not match the number");
        }
        int year = (from2000 ? 2000 : 1900) + yy;
        LocalDate birthDate = null;
        if (month != 0 && day != 0) {
            try {
                birthDate = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new InvalidNationalRegisterNumberException("nrn.noSuchDate", "the birth date in the number does not exist");
            }
            if (birthDate.isAfter(today)) {
                throw new InvalidNationalRegisterNumberException("nrn.future", "the birth date in the number lies in the future");
            }
        } else if (year > today.getYear()) {
            throw new InvalidNationalRegisterNumberException("nrn.future", "the birth year in the number lies in the future");
        } else if (month != 0 && YearMonth.of(year, month).isAfter(YearMonth.from(today))) {
            throw new InvalidNationalRegisterNumberException("nrn.future", "the birth month in the number lies in the future");
        }
        return new NationalRegisterNumber(digits, birthDate, from2000, bis, sex);
    }

    /** Whether {@code input} is a valid number (judged against today's date). */
    public static boolean isValid(String input) {
        try {
            parse(input);
            return true;
        } catch (InvalidNationalRegisterNumberException e) {
            return false;
        }
    }

    /** The check digits for the given (possibly 2-prefixed) first nine digits. */
    static int checkDigits(long number) {
        return (int) (97 - (number % 97));
    }

    private static String normalize(String input) {
        StringBuilder digits = new StringBuilder(11);
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != '.' && c != '-' && c != ' ' && c != '/') {
                throw new InvalidNationalRegisterNumberException("nrn.characters",
                        "a national register number contains only digits, dots, dashes, slashes and spaces");
            }
        }
        if (digits.length() != 11) {
            throw new InvalidNationalRegisterNumberException("nrn.length",
                    "a national register number has 11 digits, this one has " + digits.length(), digits.length());
        }
        return digits.toString();
    }

    /** The 11 digits, for storage and transport. */
    @JsonValue
    public String digits() {
        return digits;
    }

    /** The official notation {@code YY.MM.DD-SSS.CC}. */
    public String formatted() {
        return digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6)
                + "-" + digits.substring(6, 9) + "." + digits.substring(9, 11);
    }

    /** A masked form for screens and printouts: {@code 85.07.30-***.**}. */
    public String masked() {
        return digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "-***.**";
    }

    /** The birth date, when the number encodes a complete one. */
    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    public boolean bornIn2000OrLater() {
        return bornIn2000OrLater;
    }

    public boolean isBis() {
        return bis;
    }

    public Sex sex() {
        return sex;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NationalRegisterNumber other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Deliberately masked: personal data must not leak into logs or messages. */
    @Override
    public String toString() {
        return "NationalRegisterNumber[" + digits.substring(0, 2) + "*********]";
    }
}
