package be.antwerpen.lom.pdftext;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text laid out in lines of a given width, for the desk's downtime pack and the server's day-end report
 * (ADR 0109). Lines break where the JDK's {@link BreakIterator} allows for the language (after spaces and
 * hyphens, never at a no-break space); a word wider than a line is broken between characters (grapheme
 * clusters) over as many lines as it needs, so nothing is cut off. Line feeds and carriage returns start a
 * new line. Only {@link #fit} shortens, for text that must stay on one line.
 */
public final class TextLines {

    private static final String ELLIPSIS = "\u2026";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    private TextLines() {
    }

    /** {@code text} in lines no wider than {@code maxWidth}, broken by the rules of Dutch. */
    public static List<String> wrap(String text, float maxWidth, TextWidth width) throws IOException {
        return wrap(text, maxWidth, width, DUTCH);
    }

    /** {@code text} in lines no wider than {@code maxWidth} (a line holds at least one character). */
    public static List<String> wrap(String text, float maxWidth, TextWidth width, Locale locale) throws IOException {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        for (String paragraph : text.split("\r\n|\r|\n", -1)) {
            wrapParagraph(paragraph, maxWidth, width, locale, lines);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The text, cut with an ellipsis when wider than {@code maxWidth}: for a cell or a title of one line. */
    public static String fit(String text, float maxWidth, TextWidth width) throws IOException {
        if (width.of(text) <= maxWidth) {
            return text;
        }
        int[] codePoints = text.codePoints().toArray();
        for (int keep = codePoints.length - 1; keep > 0; keep--) {
            String candidate = new String(codePoints, 0, keep).stripTrailing() + ELLIPSIS;
            if (width.of(candidate) <= maxWidth) {
                return candidate;
            }
        }
        return ELLIPSIS;
    }

    private static void wrapParagraph(String paragraph, float maxWidth, TextWidth width, Locale locale,
                                      List<String> lines) throws IOException {
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(paragraph);
        StringBuilder line = new StringBuilder();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE;
             start = end, end = breaks.next()) {
            String piece = paragraph.substring(start, end);
            if (width.of((line + piece).stripTrailing()) <= maxWidth) {
                line.append(piece);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            if (width.of(piece.stripTrailing()) <= maxWidth) {
                line.append(piece);
            } else {
                line.append(breakLongWord(piece, maxWidth, width, locale, lines));
            }
        }
        lines.add(line.toString().stripTrailing());
    }

    /** Puts full lines of a word too wide for one line into {@code lines}; returns the rest, which fits. */
    private static String breakLongWord(String word, float maxWidth, TextWidth width, Locale locale,
                                        List<String> lines) throws IOException {
        BreakIterator characters = BreakIterator.getCharacterInstance(locale);
        characters.setText(word);
        int lineStart = 0;
        int fitsTo = 0;
        for (int end = characters.next(); end != BreakIterator.DONE; end = characters.next()) {
            if (fitsTo > lineStart && width.of(word.substring(lineStart, end).stripTrailing()) > maxWidth) {
                lines.add(word.substring(lineStart, fitsTo));
                lineStart = fitsTo;
            }
            fitsTo = end;
        }
        return word.substring(lineStart);
    }
}
