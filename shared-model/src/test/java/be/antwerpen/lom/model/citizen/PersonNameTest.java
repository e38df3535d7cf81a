package be.antwerpen.lom.model.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.validation.DomainValidationException;
import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Şükrü Doğan",          // Turkish
            "İlkay Gündoğan",       // Turkish dotted capital I
            "Łucja Żółkiewska",     // Polish
            "Nguyễn Thị Minh Khai", // Vietnamese (NFC input)
            "محمد العلي",           // Arabic
            "王小明",               // Chinese
            "艾萨克·牛顿",          // Chinese transliteration with middle dot
            "Анна Иванова",         // Cyrillic
            "Γιώργος Παπαδόπουλος", // Greek
            "D'Hondt",              // apostrophe
            "O’Brien",              // typographic apostrophe
            "Van den Bossche-De Smet",
            "Jean-Pierre",
            "St. John",
            "नरेन्द्र",              // Devanagari with combining vowel signs and virama
            "می‌خواهم",              // Persian with zero-width non-joiner
    })
    void accepts_names_in_any_script(String name) {
        assertThat(PersonName.validate(name, "givenName")).isEqualTo(Normalizer.normalize(name, Normalizer.Form.NFC));
    }

    @Test
    void decomposed_input_is_stored_composed() {
        String decomposed = "Nguye\u0302\u0303n";
        assertThat(Normalizer.isNormalized(decomposed, Normalizer.Form.NFC)).isFalse();

        String stored = PersonName.validate(decomposed, "familyName");

        assertThat(stored).isEqualTo("Nguy\u1EC5n");
        assertThat(stored.codePointCount(0, stored.length())).isEqualTo(6);
    }

    @Test
    void surrounding_space_is_removed_and_inner_runs_of_spaces_collapse() {
        assertThat(PersonName.validate("  Jan \u00A0  Peeters \n", "givenName")).isEqualTo("Jan Peeters");
    }

    @Test
    void exactly_100_code_points_is_accepted_even_outside_the_basic_plane() {
        String name = "𠀀".repeat(100); // CJK extension B: two chars per code point

        assertThat(PersonName.validate(name, "familyName")).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t", " \u00A0 "})
    void a_blank_name_is_required(String name) {
        assertRejected(name, "givenName is required");
    }

    @Test
    void a_null_name_is_required() {
        assertRejected(null, "givenName is required");
    }

    @Test
    void a_name_over_100_code_points_is_rejected() {
        assertRejected("a".repeat(101), "givenName is longer than 100 characters");
        assertRejected("𠀀".repeat(101), "givenName is longer than 100 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jan2", "R2D2 Peeters", "Jan ٣"})
    void digits_are_rejected(String name) {
        assertRejected(name, "givenName may contain letters of any alphabet, spaces, apostrophes, hyphens and dots only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jan\nPeeters", "Jan\tPeeters", "Jan\u0000", "Jan\u001B[31m", "Jan\u202EsreteeP", "Jan\u0085x"})
    void control_and_format_characters_inside_a_name_are_rejected(String name) {
        assertRejected(name, "givenName must not contain control characters such as line breaks or tabs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jan 😀", "Jan👍🏽", "❤️", "Jan\u2764\uFE0F", "A\uFE0F", "Jan 🇧🇪", "Jan@Peeters", "Jan_Peeters"})
    void emoji_and_symbols_are_rejected(String name) {
        assertRejected(name, "givenName may contain letters of any alphabet, spaces, apostrophes, hyphens and dots only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "'.'", "- -"})
    void punctuation_without_a_letter_is_rejected(String name) {
        assertRejected(name, "givenName must contain a letter");
    }

    @Test
    void a_rejection_names_the_field_it_was_given() {
        assertThatThrownBy(() -> PersonName.validate("Jan2", "familyName"))
                .isInstanceOf(DomainValidationException.class)
                .hasMessageStartingWith("familyName ")
                .extracting(e -> ((DomainValidationException) e).field()).isEqualTo("familyName");
    }

    private static void assertRejected(String name, String message) {
        assertThatThrownBy(() -> PersonName.validate(name, "givenName"))
                .isInstanceOf(DomainValidationException.class)
                .hasMessage(message)
                .satisfies(e -> {
                    assertThat(((DomainValidationException) e).field()).isEqualTo("givenName");
                    if (name != null && !name.isBlank()) {
                        assertThat(e.getMessage()).doesNotContain(name.strip());
                    }
                });
    }
}
