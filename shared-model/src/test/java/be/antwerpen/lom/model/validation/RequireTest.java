package be.antwerpen.lom.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequireTest {

    @Test
    void present_returns_the_value_or_names_the_missing_field() {
        assertThat(Require.present("x", "code")).isEqualTo("x");
        assertRejected(() -> Require.present(null, "code"), "code", "code is required");
    }

    @Test
    void text_is_stripped_and_limited_in_code_points() {
        assertThat(Require.text("  deurne ", "locationId", 40)).isEqualTo("deurne");
        assertThat(Require.text("𠀀".repeat(5), "locationId", 5)).hasSize(10);
        assertRejected(() -> Require.text("𠀀".repeat(6), "locationId", 5), "locationId",
                "locationId is longer than 5 characters");
        assertRejected(() -> Require.text(" \t", "locationId", 5), "locationId", "locationId must not be blank");
        assertRejected(() -> Require.text(null, "locationId", 5), "locationId", "locationId is required");
    }

    @Test
    void a_line_refuses_control_characters_text_turned_around_and_halves_of_characters() {
        assertThat(Require.line("  LKC-ABC ", "code", 20)).isEqualTo("LKC-ABC");
        assertThat(Require.line("محمد العلي 𠀀", "remark", 20)).isEqualTo("محمد العلي 𠀀");
        for (String bad : List.of("AB\u0000CD", "\u202eLKC-ABC", "A\nB", "A\tB", "A\u0085B", "x\u2066y\u2069",
                "lone \ud800 half", "half at the end \ud800", "\udc00 low first")) {
            assertRejected(() -> Require.line(bad, "code", 40), "code",
                    "code may not contain control characters or characters that turn the text around");
        }
        assertRejected(() -> Require.line("x".repeat(21), "code", 20), "code", "code is longer than 20 characters");
        assertThat(Require.optionalLine(null, "remark", 5)).isNull();
        assertThat(Require.optionalLine("  ", "remark", 5)).isNull();
        assertRejected(() -> Require.optionalLine("a\u202eb", "remark", 5), "remark",
                "remark may not contain control characters or characters that turn the text around");
    }

    @Test
    void numbers_are_checked_at_their_bounds() {
        assertThat(Require.positive(1, "desks")).isEqualTo(1);
        assertRejected(() -> Require.positive(0, "desks"), "desks", "desks must be greater than zero");
        assertThat(Require.notNegative(0, "minutes")).isZero();
        assertRejected(() -> Require.notNegative(-1, "minutes"), "minutes", "minutes must not be negative");
    }

    @Test
    void that_and_not_empty_carry_the_field() {
        Require.that(true, "end", "never shown");
        assertRejected(() -> Require.that(false, "end", "end must be after start"), "end", "end must be after start");
        assertThat(Require.notEmpty(List.of(1), "blocks")).containsExactly(1);
        assertRejected(() -> Require.notEmpty(List.of(), "blocks"), "blocks", "blocks must not be empty");
        assertRejected(() -> Require.notEmpty(null, "blocks"), "blocks", "blocks is required");
    }

    @Test
    void a_domain_validation_exception_is_an_illegal_argument() {
        assertThat(new DomainValidationException("f", "m")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRejected(Runnable call, String field, String message) {
        assertThatThrownBy(call::run)
                .isInstanceOf(DomainValidationException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((DomainValidationException) e).field()).isEqualTo(field));
    }
}
