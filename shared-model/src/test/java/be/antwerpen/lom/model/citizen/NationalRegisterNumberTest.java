package be.antwerpen.lom.model.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Example numbers. Each check digit pair below was computed by hand as
 * {@code 97 - (first nine digits mod 97)}, with {@code 2} prefixed to the nine digits for people
 * born in 2000 or later.
 */
class NationalRegisterNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    /** 850730033: 850730033 mod 97 = 69, 97 - 69 = 28. */
    private static final String MAN_1985 = "85073003328";
    /** 850730034: mod 97 = 70, 97 - 70 = 27. */
    private static final String WOMAN_1985 = "85073003427";
    /** 2010203004: mod 97 = 30, 97 - 30 = 67 (the 1900 rule would give 38). */
    private static final String WOMAN_2001 = "01020300467";

    @ParameterizedTest
    @ValueSource(strings = {"85.07.30-033.28", "85073003328", "850730 033 28", "85 07 30 033 28", "  85.07.30-033.28 "})
    void accepts_the_official_plain_and_spaced_notations(String input) {
        NationalRegisterNumber number = NationalRegisterNumber.parse(input, TODAY);

        assertThat(number.digits()).isEqualTo(MAN_1985);
        assertThat(number.formatted()).isEqualTo("85.07.30-033.28");
    }

    @Test
    void derives_birth_date_and_sex_of_a_man_born_before_2000() {
        NationalRegisterNumber number = NationalRegisterNumber.parse(MAN_1985, TODAY);

        assertThat(number.birthDate()).contains(LocalDate.of(1985, 7, 30));
        assertThat(number.sex()).isEqualTo(Sex.MALE);
        assertThat(number.bornIn2000OrLater()).isFalse();
        assertThat(number.isBis()).isFalse();
    }

    @Test
    void an_even_sequence_is_a_woman() {
        assertThat(NationalRegisterNumber.parse(WOMAN_1985, TODAY).sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void a_person_born_in_2000_or_later_uses_the_check_digits_with_prefix_2() {
        NationalRegisterNumber number = NationalRegisterNumber.parse(WOMAN_2001, TODAY);

        assertThat(number.bornIn2000OrLater()).isTrue();
        assertThat(number.birthDate()).contains(LocalDate.of(2001, 2, 3));
        assertThat(number.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void the_year_2000_itself_is_born_in_2000_or_later() {
        // 2000101002 mod 97 = 93, 97 - 93 = 04
        NationalRegisterNumber number = NationalRegisterNumber.parse("00010100204", TODAY);

        assertThat(number.bornIn2000OrLater()).isTrue();
        assertThat(number.birthDate()).contains(LocalDate.of(2000, 1, 1));
    }

    @Test
    void the_check_digits_of_the_1900_rule_do_not_validate_a_2000_number_and_vice_versa() {
        // 010203004 under the 1900 rule gives 38: 1901 is a valid reading of the same nine digits
        NationalRegisterNumber oldReading = NationalRegisterNumber.parse("01020300438", TODAY);

        assertThat(oldReading.bornIn2000OrLater()).isFalse();
        assertThat(oldReading.birthDate()).contains(LocalDate.of(1901, 2, 3));
    }

    @Test
    void a_bis_number_with_month_plus_20_has_unknown_sex() {
        // 852730033 mod 97 = 26, 97 - 26 = 71
        NationalRegisterNumber number = NationalRegisterNumber.parse("85.27.30-033.71", TODAY);

        assertThat(number.isBis()).isTrue();
        assertThat(number.sex()).isEqualTo(Sex.UNKNOWN);
        assertThat(number.birthDate()).contains(LocalDate.of(1985, 7, 30));
    }

    @Test
    void a_bis_number_with_month_plus_40_keeps_the_sex_of_the_sequence() {
        // 854730033 mod 97 = 80, 97 - 80 = 17
        NationalRegisterNumber number = NationalRegisterNumber.parse("85.47.30-033.17", TODAY);

        assertThat(number.isBis()).isTrue();
        assertThat(number.sex()).isEqualTo(Sex.MALE);
        assertThat(number.birthDate()).contains(LocalDate.of(1985, 7, 30));
    }

    @Test
    void month_and_day_00_mean_an_unknown_birth_date() {
        // 850000033 mod 97 = 91, 97 - 91 = 06
        NationalRegisterNumber number = NationalRegisterNumber.parse("85.00.00-033.06", TODAY);

        assertThat(number.birthDate()).isEmpty();
        assertThat(number.sex()).isEqualTo(Sex.MALE);
        assertThat(number.bornIn2000OrLater()).isFalse();
    }

    @Test
    void day_00_with_a_known_month_is_an_unknown_birth_date() {
        // 850700033 mod 97 = 42, 97 - 42 = 55
        NationalRegisterNumber number = NationalRegisterNumber.parse("85.07.00-033.55", TODAY);

        assertThat(number.birthDate()).isEmpty();
    }

    @Test
    void to_string_is_masked() {
        NationalRegisterNumber number = NationalRegisterNumber.parse(MAN_1985, TODAY);

        assertThat(number.toString()).doesNotContain("073003328").doesNotContain("033").doesNotContain("28]");
        assertThat(String.valueOf(number)).isEqualTo("NationalRegisterNumber[85*********]");
    }

    @Test
    void masked_hides_sequence_and_check_digits_and_formatted_shows_everything() {
        NationalRegisterNumber number = NationalRegisterNumber.parse(MAN_1985, TODAY);

        assertThat(number.masked()).isEqualTo("85.07.30-***.**");
        assertThat(number.formatted()).isEqualTo("85.07.30-033.28");
    }

    @Test
    void numbers_with_the_same_digits_are_equal_whatever_the_notation() {
        assertThat(NationalRegisterNumber.parse("85.07.30-033.28", TODAY))
                .isEqualTo(NationalRegisterNumber.parse("85073003328", TODAY))
                .hasSameHashCodeAs(NationalRegisterNumber.parse("850730 033 28", TODAY));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "85073003329       | the check digits do not match the number",
            "85073003382       | the check digits do not match the number",
            "8507300332        | a national register number has 11 digits, this one has 10",
            "850730033280      | a national register number has 11 digits, this one has 12",
            "85O73003328       | contains only digits",
            "85.07.30_033.28   | contains only digits",
            "85133003370       | the month part must be 00-12 (or 20-32 / 40-52 for a BIS number)",
            "85333003316       | the month part must be 00-12",
            "85073203365       | the day part must be 00-31",
            "85023003390       | the birth date in the number does not exist",
            "85073000061       | the sequence part must be 001-998",
            "85073099932       | the sequence part must be 001-998",
            "30010100153       | the birth date in the number lies in the future",
            "30000000176       | the birth year in the number lies in the future",
            "26120000176       | the birth month in the number lies in the future",
    })
    void a_rejected_number_says_what_is_wrong_without_repeating_the_digits(String input, String reason) {
        String digitsOnly = input.replaceAll("[^0-9]", "");

        assertThatThrownBy(() -> NationalRegisterNumber.parse(input, TODAY))
                .isInstanceOf(InvalidNationalRegisterNumberException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(digitsOnly.substring(0, 6))
                        .doesNotContain(digitsOnly.substring(digitsOnly.length() - 5)))
                .satisfies(e -> assertThat(((InvalidNationalRegisterNumberException) e).field())
                        .isEqualTo("nationalRegisterNumber"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_missing_number_is_required(String input) {
        assertThatThrownBy(() -> NationalRegisterNumber.parse(input, TODAY))
                .isInstanceOf(InvalidNationalRegisterNumberException.class)
                .hasMessage("national register number is required");
    }

    @Test
    void a_null_number_is_required() {
        assertThatThrownBy(() -> NationalRegisterNumber.parse(null, TODAY))
                .isInstanceOf(InvalidNationalRegisterNumberException.class)
                .hasMessage("national register number is required");
    }

    @Test
    void is_valid_answers_without_throwing() {
        assertThat(NationalRegisterNumber.isValid(MAN_1985)).isTrue();
        assertThat(NationalRegisterNumber.isValid("85073003329")).isFalse();
        assertThat(NationalRegisterNumber.isValid(null)).isFalse();
    }

    /**
     * The known blind spot (ADR 0070): 2,000,000,000 mod 97 = 68, so some changes turn a valid
     * number of one century rule into a valid number of the other rule. Changing the second year
     * digit of 01.02.03-004.67 (born 2001) from 1 to 7 gives 07.02.03-004.67, whose check digits
     * are right for 1907: 070203004 mod 97 = 30, 97 - 30 = 67. No validator can tell these apart.
     */
    @Test
    void a_typo_can_turn_a_number_into_a_valid_number_of_the_other_century() {
        NationalRegisterNumber original = NationalRegisterNumber.parse(WOMAN_2001, TODAY);
        NationalRegisterNumber typo = NationalRegisterNumber.parse("07020300467", TODAY);

        assertThat(original.bornIn2000OrLater()).isTrue();
        assertThat(typo.bornIn2000OrLater()).isFalse();
        assertThat(typo.birthDate()).contains(LocalDate.of(1907, 2, 3));
    }

    @Test
    void an_adjacent_swap_can_also_cross_the_century_rule() {
        // 01.02.03 -> 01.20.03: the swapped number is a 1901 BIS number with unknown month,
        // 012003004 mod 97 = 30, 97 - 30 = 67
        NationalRegisterNumber swapped = NationalRegisterNumber.parse("01200300467", TODAY);

        assertThat(swapped.bornIn2000OrLater()).isFalse();
        assertThat(swapped.isBis()).isTrue();
        assertThat(swapped.birthDate()).isEmpty();
    }
}
