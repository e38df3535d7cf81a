package be.antwerpen.lom.model.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.validation.DomainValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenTest {

    private static final NationalRegisterNumber NUMBER =
            NationalRegisterNumber.parse("85073003328", LocalDate.of(2026, 11, 28));

    @Test
    void names_are_validated_and_normalized() {
        Citizen citizen = new Citizen(NUMBER, "  Ay\u015Fe ", "Nguye\u0302\u0303n", null, null);

        assertThat(citizen.givenName()).isEqualTo("Ayşe");
        assertThat(citizen.familyName()).isEqualTo("Nguyễn");
        assertThat(citizen.fullName()).isEqualTo("Ayşe Nguyễn");
    }

    @Test
    void a_walk_in_may_have_no_register_number_and_no_contact_data() {
        Citizen citizen = new Citizen(null, "Jan", "Peeters", " ", "");

        assertThat(citizen.nationalRegisterNumber()).isNull();
        assertThat(citizen.email()).isNull();
        assertThat(citizen.phone()).isNull();
    }

    @Test
    void the_field_of_a_bad_name_is_named() {
        assertThatThrownBy(() -> new Citizen(null, "Jan", "P3ters", null, null))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).field()).isEqualTo("familyName");
        assertThatThrownBy(() -> new Citizen(null, "", "Peeters", null, null))
                .isInstanceOf(DomainValidationException.class)
                .hasMessage("givenName is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jan.peeters@antwerpen.be", "an+loket@example.org", " jan@x.be ", "zoë@exämple.be",
            "o'brien@example.ie", "loket_3@sub.antwerpen.be"})
    void accepts_valid_email_addresses(String email) {
        assertThat(new Citizen(null, "Jan", "Peeters", email, null).email()).isEqualTo(email.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jan", "jan@", "@antwerpen.be", "jan@antwerpen", "jan peeters@antwerpen.be",
            "jan@@antwerpen.be", "jan\u0000@antwerpen.be", "jan\u202Eeb.nepreWtna@x.be", "jan@antwerpen\u202E.be",
            "jan\u200B@antwerpen.be", "<script>@antwerpen.be", "jan@<b>antwerpen</b>.be", "a&b@antwerpen.be",
            "\"jan\"@antwerpen.be", "jan`@antwerpen.be", "jan@-antwerpen.be", "jan@antwerpen..be"})
    void rejects_invalid_email_addresses_without_echoing_them(String email) {
        assertThatThrownBy(() -> new Citizen(null, "Jan", "Peeters", email, null))
                .isInstanceOf(DomainValidationException.class)
                .hasMessage("email is not a valid e-mail address")
                .extracting(e -> ((DomainValidationException) e).field()).isEqualTo("email");
    }

    @Test
    void rejects_an_email_address_over_254_characters() {
        String email = "a".repeat(64) + "@" + "b".repeat(186) + ".be";
        assertThat(email).hasSize(254);
        assertThat(new Citizen(null, "Jan", "Peeters", email, null).email()).isEqualTo(email);

        String tooLong = "a".repeat(65) + "@" + "b".repeat(186) + ".be";
        assertThatThrownBy(() -> new Citizen(null, "Jan", "Peeters", tooLong, null))
                .hasMessage("email is not a valid e-mail address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+32 3 338 11 11", "03/338.11.11", "0470 12 34 56", "(03) 338-1111", "+32470123456"})
    void accepts_phone_numbers_in_common_notations(String phone) {
        assertThat(new Citizen(null, "Jan", "Peeters", null, phone).phone()).isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "call me", "0470-12-34-56-78-90-12-34", "+32 470 12 34 56 ext", "++32470123456"})
    void rejects_phone_numbers_with_other_characters_or_the_wrong_length(String phone) {
        assertThatThrownBy(() -> new Citizen(null, "Jan", "Peeters", null, phone))
                .isInstanceOf(DomainValidationException.class)
                .hasMessage("phone may contain digits, spaces and + . / ( ) - only (6 to 20)")
                .extracting(e -> ((DomainValidationException) e).field()).isEqualTo("phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"------", "+(..) 12", "// 1 2 3 4 5"})
    void rejects_phone_numbers_with_fewer_than_six_digits(String phone) {
        assertThatThrownBy(() -> new Citizen(null, "Jan", "Peeters", null, phone))
                .isInstanceOf(DomainValidationException.class)
                .hasMessage("phone must contain at least 6 digits");
    }

    @Test
    void to_string_shows_no_personal_data() {
        Citizen citizen = new Citizen(NUMBER, "Jan", "Peeters", "jan@antwerpen.be", "+32 3 338 11 11");

        assertThat(citizen.toString())
                .isEqualTo("Citizen[***]")
                .doesNotContain("Jan").doesNotContain("Peeters").doesNotContain("85073003328");
    }

    @Test
    void citizens_with_the_same_data_are_equal() {
        assertThat(new Citizen(NUMBER, "Jan", "Peeters", null, null))
                .isEqualTo(new Citizen(NationalRegisterNumber.parse("85.07.30-033.28", LocalDate.of(2026, 1, 1)),
                        " Jan", "Peeters ", "", null));
    }
}
