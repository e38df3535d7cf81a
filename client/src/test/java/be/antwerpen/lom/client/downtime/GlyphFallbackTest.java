package be.antwerpen.lom.client.downtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GlyphFallbackTest {

    private PDDocument document;
    private PackFonts fonts;
    private final GlyphFallback fallback = new GlyphFallback();

    @BeforeEach
    void loadFonts() throws IOException {
        QuietPdfBoxLogging.apply();
        document = new PDDocument();
        fonts = PackFontFiles.fromClasspath().loadInto(document);
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void letters_of_covered_scripts_pass_unchanged() {
        String names = "Şükrü Yılmaz Łucja Wójcik Nguyễn Thị Hương Αθανάσιος Людмила";

        assertThat(fallback.printed(fonts.regular(), names)).isEqualTo(names);
        assertThat(fallback.printed(fonts.bold(), names)).isEqualTo(names);
        assertThat(fallback.replacedCount()).isZero();
    }

    @Test
    void each_missing_character_becomes_one_replacement_mark_and_is_counted_once_printed() {
        assertThat(fallback.printable(fonts.regular(), "王小明")).isEqualTo("\uFFFD\uFFFD\uFFFD");
        assertThat(fallback.replacedCount()).isZero();

        assertThat(fallback.printed(fonts.regular(), "Li 王小明")).isEqualTo("Li \uFFFD\uFFFD\uFFFD");
        assertThat(fallback.replacedCount()).isEqualTo(3);
    }

    @Test
    void right_to_left_text_is_put_in_visual_order_and_control_characters_become_spaces() {
        assertThat(fallback.printed(fonts.regular(), "Benali محمد"))
                .isEqualTo("Benali \uFEAA\uFEE4\uFEA4\uFEE3");
        assertThat(fallback.printed(fonts.regular(), "Jef\tPeeters\n")).isEqualTo("Jef Peeters ");
        assertThat(fallback.replacedCount()).isZero();
    }
}
