package be.antwerpen.lom.model.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the register number over generated valid numbers of both century rules, BIS
 * numbers and unknown dates, judged against a fixed day.
 *
 * <p>The mutation properties allow exactly one escape: the mutated number may be valid under the
 * OTHER century rule, because 2,000,000,000 mod 97 = 68 makes some typos undetectable by any
 * validator (see ADR 0070). A mutation that stays valid under the same rule fails the property.
 */
class NationalRegisterNumberProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    /** A generated valid number with what it must decode to. */
    record Generated(String digits, LocalDate birthDate, boolean bornIn2000OrLater, boolean bis, Sex sex) {
    }

    @Property(tries = 1000)
    void every_generated_valid_number_validates(@ForAll("validNumbers") Generated generated,
                                                @ForAll("notations") int notation) {
        Statistics.label("century").collect(generated.bornIn2000OrLater() ? "2000+" : "1900s");
        Statistics.label("kind").collect(generated.bis() ? "BIS" : "resident");
        Statistics.label("date").collect(generated.birthDate() == null ? "unknown" : "known");

        NationalRegisterNumber number = NationalRegisterNumber.parse(notate(generated.digits(), notation), TODAY);

        assertThat(number.digits()).isEqualTo(generated.digits());
        assertThat(number.bornIn2000OrLater()).isEqualTo(generated.bornIn2000OrLater());
        assertThat(number.isBis()).isEqualTo(generated.bis());
        assertThat(number.sex()).isEqualTo(generated.sex());
        assertThat(number.birthDate().orElse(null)).isEqualTo(generated.birthDate());
        assertThat(number.toString()).doesNotContain(generated.digits().substring(2));
    }

    @Property(tries = 1000)
    void every_single_digit_change_is_rejected(@ForAll("validNumbers") Generated generated) {
        String digits = generated.digits();
        for (int position = 0; position < digits.length(); position++) {
            for (char replacement = '0'; replacement <= '9'; replacement++) {
                if (replacement == digits.charAt(position)) {
                    continue;
                }
                String mutated = digits.substring(0, position) + replacement + digits.substring(position + 1);
                assertRejectedOrValidOnlyUnderTheOtherCenturyRule(generated, mutated);
            }
        }
    }

    @Property(tries = 1000)
    void every_swap_of_two_adjacent_digits_that_changes_the_number_is_rejected(
            @ForAll("validNumbers") Generated generated) {
        String digits = generated.digits();
        for (int position = 0; position < digits.length() - 1; position++) {
            char[] chars = digits.toCharArray();
            char first = chars[position];
            chars[position] = chars[position + 1];
            chars[position + 1] = first;
            String mutated = new String(chars);
            if (!mutated.equals(digits)) {
                assertRejectedOrValidOnlyUnderTheOtherCenturyRule(generated, mutated);
            }
        }
    }

    private static void assertRejectedOrValidOnlyUnderTheOtherCenturyRule(Generated original, String mutated) {
        NationalRegisterNumber parsed;
        try {
            parsed = NationalRegisterNumber.parse(mutated, TODAY);
        } catch (InvalidNationalRegisterNumberException rejected) {
            Statistics.label("mutation").collect("rejected");
            return;
        }
        Statistics.label("mutation").collect("valid under the other century rule");
        assertThat(parsed.bornIn2000OrLater())
                .as("a mutation of a valid number that stays valid must have crossed the century rule")
                .isNotEqualTo(original.bornIn2000OrLater());
    }

    @Provide
    Arbitrary<Integer> notations() {
        return Arbitraries.integers().between(0, 3);
    }

    private static String notate(String digits, int notation) {
        return switch (notation) {
            case 0 -> digits;
            case 1 -> digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "-"
                    + digits.substring(6, 9) + "." + digits.substring(9);
            case 2 -> digits.substring(0, 6) + " " + digits.substring(6, 9) + " " + digits.substring(9);
            default -> " " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4, 6)
                    + " " + digits.substring(6, 9) + " " + digits.substring(9) + " ";
        };
    }

    @Provide
    Arbitrary<Generated> validNumbers() {
        Arbitrary<LocalDate> dates = Arbitraries.integers()
                .between(0, (int) (TODAY.toEpochDay() - LocalDate.of(1900, 1, 1).toEpochDay()))
                .map(offset -> LocalDate.of(1900, 1, 1).plusDays(offset));
        Arbitrary<Integer> dateKnowledge = Arbitraries.of(0, 0, 0, 1, 2, 3); // 0 known, 1 no day, 2 no month, 3 none
        Arbitrary<Integer> bisOffset = Arbitraries.of(0, 0, 0, 20, 40);
        Arbitrary<Integer> sequences = Arbitraries.integers().between(1, 998);
        return Combinators.combine(dates, dateKnowledge, bisOffset, sequences)
                .as(Tuple::of)
                .map(t -> build(t.get1(), t.get2(), t.get3(), t.get4()));
    }

    private static Generated build(LocalDate date, int dateKnowledge, int bisOffset, int sequence) {
        boolean dayKnown = dateKnowledge == 0 || dateKnowledge == 2;
        boolean monthKnown = dateKnowledge == 0 || dateKnowledge == 1;
        int month = monthKnown ? date.getMonthValue() : 0;
        int day = dayKnown ? date.getDayOfMonth() : 0;
        boolean from2000 = date.getYear() >= 2000;
        String nine = String.format("%02d%02d%02d%03d", date.getYear() % 100, month + bisOffset, day, sequence);
        long forCheck = Long.parseLong(nine) + (from2000 ? 2_000_000_000L : 0L);
        String digits = nine + String.format("%02d", 97 - forCheck % 97);
        Sex sex = bisOffset == 20 ? Sex.UNKNOWN : (sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE);
        LocalDate birthDate = monthKnown && dayKnown ? date : null;
        return new Generated(digits, birthDate, from2000, bisOffset > 0, sex);
    }
}
