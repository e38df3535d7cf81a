package be.antwerpen.lom.client.downtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicShaperTest {

    private final ArabicShaper shaper = new ArabicShaper();

    private String shapedWithAllGlyphs(String text) {
        return shaper.shaped(text, cp -> true);
    }

    @Test
    void dual_joining_letters_take_initial_medial_and_final_forms() {
        assertThat(shapedWithAllGlyphs("محمد")).isEqualTo("\uFEE3\uFEA4\uFEE4\uFEAA");
        assertThat(shapedWithAllGlyphs("علي")).isEqualTo("\uFECB\uFEE0\uFEF2");
    }

    @Test
    void right_joining_letter_does_not_join_to_the_next_letter() {
        assertThat(shapedWithAllGlyphs("أحمد")).isEqualTo("\uFE83\uFEA3\uFEE4\uFEAA");
        assertThat(shapedWithAllGlyphs("داود")).isEqualTo("\uFEA9\uFE8D\uFEED\uFEA9");
    }

    @Test
    void lam_alef_becomes_the_mandatory_ligature_isolated_or_final() {
        assertThat(shapedWithAllGlyphs("لا")).isEqualTo("\uFEFB");
        assertThat(shapedWithAllGlyphs("سلام")).isEqualTo("\uFEB3\uFEFC\uFEE1");
        assertThat(shapedWithAllGlyphs("لأن")).isEqualTo("\uFEF7\uFEE5");
    }

    @Test
    void harakat_are_transparent_and_stay_in_place() {
        assertThat(shapedWithAllGlyphs("\u0645\u064F\u062D\u064E\u0645\u0651\u064E\u062F"))
                .isEqualTo("\uFEE3\u064F\uFEA4\u064E\uFEE4\u0651\u064E\uFEAA");
    }

    @Test
    void persian_letters_use_presentation_forms_a() {
        assertThat(shapedWithAllGlyphs("پدر")).isEqualTo("\uFB58\uFEAA\uFEAD");
        assertThat(shapedWithAllGlyphs("کی")).isEqualTo("\uFB90\uFBFD");
    }

    @Test
    void words_are_shaped_separately_and_other_scripts_pass_unchanged() {
        assertThat(shapedWithAllGlyphs("Benali محمد العلي"))
                .isEqualTo("Benali \uFEE3\uFEA4\uFEE4\uFEAA \uFE8D\uFEDF\uFECC\uFEE0\uFEF2");
    }

    @Test
    void base_letter_is_kept_when_the_font_lacks_the_presentation_form() {
        assertThat(shaper.shaped("محمد", cp -> cp < 0xFB50)).isEqualTo("محمد");
        assertThat(shaper.shaped("لا", cp -> cp != 0xFEFB)).isEqualTo("\uFEDF\uFE8E");
    }
}
