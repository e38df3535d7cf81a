package be.antwerpen.lom.client.downtime;

import java.io.IOException;
import java.text.Bidi;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes any text printable with the embedded font: characters the font has no glyph for (CJK,
 * for instance) become a visible replacement mark instead of an exception, and right-to-left
 * runs (Arabic, Hebrew) are put in visual order, because PDFBox neither reorders nor shapes text.
 * Arabic and Persian letters are first shaped (in logical order) by {@link ArabicShaper} into the
 * presentation forms the font has.
 *
 * <p>Counts the replacements so the renderer can log how many there were (never which text).
 * One instance per document, used from one thread.
 */
final class GlyphFallback {

    static final String REPLACEMENT = "\uFFFD";
    private static final String LAST_RESORT = "?";

    private final Map<PDFont, Map<Integer, Boolean>> coverage = new IdentityHashMap<>();
    private final Map<PDFont, Map<Integer, Float>> advances = new IdentityHashMap<>();
    private final ArabicShaper shaper = new ArabicShaper();
    private int replaced;

    /** The text as it will be printed with {@code font}, counting the replaced characters. */
    String printed(PDFont font, String text) {
        return convert(font, text, true);
    }

    /** The text as it can be printed with {@code font}, for measuring; does not count. */
    String printable(PDFont font, String text) {
        return convert(font, text, false);
    }

    private String convert(PDFont font, String text, boolean count) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String visual = visualOrder(shaper.shaped(text, cp -> covers(font, cp)));
        StringBuilder out = new StringBuilder(visual.length());
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (covers(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                if (count) {
                    replaced++;
                }
                out.append(covers(font, REPLACEMENT.codePointAt(0)) ? REPLACEMENT : LAST_RESORT);
            }
        }
        return out.toString();
    }

    /**
     * The advance width of printable text in font units (1/1000 of the font size). PDFBox does
     * not kern, so the sum of the characters' widths is exact; each character is measured once.
     */
    float advance(PDFont font, String printable) {
        Map<Integer, Float> widths = advances.computeIfAbsent(font, f -> new HashMap<>());
        float total = 0f;
        for (int i = 0; i < printable.length(); ) {
            int cp = printable.codePointAt(i);
            i += Character.charCount(cp);
            total += widths.computeIfAbsent(cp, c -> measure(font, c));
        }
        return total;
    }

    private static float measure(PDFont font, int codePoint) {
        try {
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException | IllegalArgumentException e) {
            return 0f;
        }
    }

    /** How many characters were replaced so far. */
    int replacedCount() {
        return replaced;
    }

    private boolean covers(PDFont font, int codePoint) {
        return coverage.computeIfAbsent(font, f -> new HashMap<>())
                .computeIfAbsent(codePoint, cp -> canEncode(font, cp));
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        try {
            return font.encode(new String(Character.toChars(codePoint))).length > 0;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static String visualOrder(String text) {
        char[] chars = text.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return text;
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] pieces = new String[runs];
        for (int run = 0; run < runs; run++) {
            levels[run] = (byte) bidi.getRunLevel(run);
            String piece = text.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            pieces[run] = levels[run] % 2 == 1 ? new StringBuilder(piece).reverse().toString() : piece;
        }
        Bidi.reorderVisually(levels, 0, pieces, 0, runs);
        return String.join("", pieces);
    }
}
