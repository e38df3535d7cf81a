package be.antwerpen.lom.model.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.antwerpen.lom.model.citizen.InvalidNationalRegisterNumberException;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.citizen.PersonName;
import be.antwerpen.lom.model.validation.DomainValidationException;
import be.antwerpen.lom.model.validation.Require;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void a_wrong_check_digit_is_refused_with_a_code_and_the_english_sentence() {
        var e = catchThrowableOfType(InvalidNationalRegisterNumberException.class,
                () -> NationalRegisterNumber.parse("85.07.30-033.29", LocalDate.of(2026, 12, 1)));

        assertThat(e.refusal().code()).isEqualTo("nrn.checkDigits");
        assertThat(e.refusal().message()).isEqualTo("the check digits do not match the number");
        assertThat(e.field()).isEqualTo("nationalRegisterNumber");
    }

    @Test
    void a_too_long_text_names_the_field_and_the_limit_as_parameters() {
        var e = catchThrowableOfType(DomainValidationException.class, () -> Require.text("x".repeat(30), "remark", 20));

        assertThat(e.refusal().code()).isEqualTo("tooLong");
        assertThat(e.refusal().params()).containsExactly("remark", "20");
    }

    @Test
    void a_name_without_letters_is_coded() {
        var e = catchThrowableOfType(DomainValidationException.class, () -> PersonName.validate("...", "givenName"));

        assertThat(e.refusal().code()).isEqualTo("name.noLetter");
        assertThat(e.refusal().params()).containsExactly("givenName");
    }

    @Test
    void a_refusal_without_a_specific_code_is_invalid_with_its_field() {
        var e = new DomainValidationException("limit", "limit must be greater than zero");

        assertThat(e.refusal()).isEqualTo(new Refusal("invalid", List.of("limit"), "limit must be greater than zero"));
    }

    @Test
    void an_encoded_refusal_reads_back_whole() {
        Refusal refusal = Refusal.of("tooLong", "remark is longer than 20 characters", "remark", 20);

        assertThat(Refusal.decode(refusal.encode())).isEqualTo(refusal);
        assertThat(Refusal.messageOf(refusal.encode())).isEqualTo("remark is longer than 20 characters");
    }

    @Test
    void plain_text_from_before_codes_reads_as_a_message_without_code() {
        assertThat(Refusal.decode("the slot is full")).isEqualTo(Refusal.plain("the slot is full"));
        assertThat(Refusal.decode(null).message()).isNull();
    }

    @Test
    void separators_inside_parameters_cannot_break_the_encoding() {
        Refusal refusal = Refusal.of("x", "m", "a\u001fb\nc");

        assertThat(Refusal.decode(refusal.encode()).params()).containsExactly("a b c");
    }
}
