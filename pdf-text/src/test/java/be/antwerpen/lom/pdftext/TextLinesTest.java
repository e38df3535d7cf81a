package be.antwerpen.lom.pdftext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class TextLinesTest {

    /** One point per character: widths that are easy to reason about. */
    private static final TextWidth CHARACTERS = text -> text.codePointCount(0, text.length());

    @Test
    void dutchTextBreaksBetweenWordsAndAfterHyphensButNeverAtANoBreakSpace() throws IOException {
        String text = "Afspraak in het districtshuis Antwerpen-Berchem om 9.30\u00a0uur voor een identiteitskaart";

        List<String> lines = TextLines.wrap(text, 24, CHARACTERS);

        assertThat(lines).containsExactly("Afspraak in het", "districtshuis Antwerpen-",
                "Berchem om 9.30\u00a0uur voor", "een identiteitskaart");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(24));
        assertThat(TextLines.wrap("om 9.30 uur", 8, CHARACTERS)).containsExactly("om 9.30", "uur");
        assertThat(TextLines.wrap("om 9.30\u00a0uur", 8, CHARACTERS)).containsExactly("om", "9.30\u00a0uur");
    }

    @Test
    void aWordWiderThanALineIsBrokenOverLinesAndNothingIsCut() throws IOException {
        String word = "kinderbijslagfondsaanvraagformulier";

        List<String> lines = TextLines.wrap("Formulier: " + word + " ingevuld", 10, CHARACTERS);

        assertThat(lines).containsExactly("Formulier:", "kinderbijs", "lagfondsaa", "nvraagform", "ulier", "ingevuld");
        assertThat(String.join("", lines)).doesNotContain("\u2026").contains(word.substring(20));
        assertThat(String.join("", lines.subList(1, 5))).isEqualTo(word);
    }

    @Test
    void aLongWordGoesOnAfterTheLastFullLineWithTheWordsThatFollow() throws IOException {
        assertThat(TextLines.wrap("abcdefghij klm", 4, CHARACTERS)).containsExactly("abcd", "efgh", "ij", "klm");
        assertThat(TextLines.wrap("abcdefg hi", 4, CHARACTERS)).containsExactly("abcd", "efg", "hi");
    }

    @Test
    void lineBreaksInTheTextStartNewLinesAndEmptyLinesStay() throws IOException {
        String text = "Eerste regel\r\nTweede regel die lang is\n\nVierde\r";

        assertThat(TextLines.wrap(text, 14, CHARACTERS))
                .containsExactly("Eerste regel", "Tweede regel", "die lang is", "", "Vierde");
    }

    @Test
    void accentedLettersAndCombiningMarksStayWhole() throws IOException {
        String word = "cre\u0300me-bru\u0302le\u0301e-e\u0301e\u0301n";

        List<String> lines = TextLines.wrap(word, 3, text -> text.codePoints()
                .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK).count());

        assertThat(String.join("", lines)).isEqualTo(word);
        assertThat(lines).noneSatisfy(line -> assertThat(line).matches("^\\p{Mn}.*"));
    }

    @Test
    void nothingToWrapGivesNoLines() throws IOException {
        assertThat(TextLines.wrap("", 10, CHARACTERS)).isEmpty();
        assertThat(TextLines.wrap(null, 10, CHARACTERS)).isEmpty();
    }

    @Test
    void measuredInARealPdfFontNoLineIsWiderThanAsked() throws IOException {
        TextWidth helvetica = TextWidth.of(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9f);
        String text = "De burger meldt zich aan bij Loket 3 met een uittreksel uit het strafregister "
                + "(model 596.1-29) en een gelegaliseerd afschrift WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW.";

        List<String> lines = TextLines.wrap(text, 120f, helvetica);

        assertThat(lines).hasSizeGreaterThan(4);
        for (String line : lines) {
            assertThat(helvetica.of(line)).as(line).isLessThanOrEqualTo(120f);
        }
        assertThat(String.join(" ", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Test
    void fitCutsOnlyWhatMustStayOnOneLine() throws IOException {
        assertThat(TextLines.fit("Loket 1", 10, CHARACTERS)).isEqualTo("Loket 1");
        assertThat(TextLines.fit("Loket Antwerpen", 8, CHARACTERS)).isEqualTo("Loket A\u2026");
        assertThat(TextLines.fit("Loket", 0, CHARACTERS)).isEqualTo("\u2026");
    }
}
