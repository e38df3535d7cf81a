package be.antwerpen.lom.server.report;

import be.antwerpen.lom.pdftext.TextLines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes a flowing document onto A4 pages from top to bottom: titles, headings, wrapped text and tables
 * whose header is repeated on every page they continue on. A new page starts when the next element
 * does not fit; {@link #finish} numbers the pages. Text the font cannot print becomes {@code ?}.
 * One instance per document, used from one thread.
 */
final class PdfPages {

    static final float MARGIN = 42f;
    private static final float FOOTER = 28f;
    private static final float BODY = 9.5f;
    private static final float LEADING = 13f;

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final String footer;
    private final Map<PDFont, Map<Integer, Boolean>> coverage = new IdentityHashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    PdfPages(PDDocument document, PDFont regular, PDFont bold, String footer) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        this.footer = footer;
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    void title(String text) throws IOException {
        ensure(30f);
        y -= 16f;
        show(MARGIN, y, bold, 16f, text);
        y -= 10f;
    }

    void heading(String text) throws IOException {
        ensure(26f + 3 * LEADING);
        y -= atTop() ? 14f : 24f;
        show(MARGIN, y, bold, 12f, text);
        y -= 3f;
        line(MARGIN, y, MARGIN + width(), y, 0.6f);
        y -= 4f;
    }

    /** A paragraph, wrapped at the page width. */
    void text(String text, boolean strong) throws IOException {
        PDFont font = strong ? bold : regular;
        for (String line : wrap(font, BODY, text, width())) {
            ensure(LEADING);
            y -= LEADING;
            show(MARGIN, y, font, BODY, line);
        }
    }

    void gap(float points) {
        y -= points;
    }

    /**
     * A table: {@code widths} are fractions of the page width; cells too wide are cut with an ellipsis.
     * An empty table prints {@code empty} instead.
     */
    void table(String[] headers, float[] widths, List<String[]> rows, String empty) throws IOException {
        if (rows.isEmpty()) {
            text(empty, false);
            return;
        }
        ensure(2 * LEADING + 4f);
        row(headers, widths, true);
        for (String[] cells : rows) {
            if (y - LEADING < MARGIN + FOOTER) {
                newPage();
                row(headers, widths, true);
            }
            row(cells, widths, false);
        }
    }

    private void row(String[] cells, float[] widths, boolean header) throws IOException {
        y -= LEADING;
        float x = MARGIN;
        PDFont font = header ? bold : regular;
        for (int i = 0; i < cells.length; i++) {
            float w = widths[i] * width();
            show(x, y, font, BODY, fit(font, BODY, cells[i] == null ? "" : cells[i], w - 4f));
            x += w;
        }
        if (header) {
            line(MARGIN, y - 3f, MARGIN + width(), y - 3f, 0.3f);
            y -= 2f;
        }
    }

    /** Ends the document's pages: closes the last one and writes "page n of m" on each. */
    void finish(String pageLabel, String ofLabel) throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream s = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream = s;
                float base = MARGIN - 6f;
                show(MARGIN, base, regular, 8f, footer);
                String number = pageLabel + " " + (i + 1) + " " + ofLabel + " " + pages.size();
                show(MARGIN + width() - textWidth(regular, 8f, number), base, regular, 8f, number);
            } finally {
                stream = null;
            }
        }
    }

    private boolean atTop() {
        return y >= PDRectangle.A4.getHeight() - MARGIN;
    }

    private void ensure(float needed) throws IOException {
        if (stream == null || y - needed < MARGIN + FOOTER) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void show(float x, float baseline, PDFont font, float size, String text) throws IOException {
        String printable = printable(font, text);
        if (printable.isBlank()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable);
        stream.endText();
    }

    private void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    private float textWidth(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(printable(font, text)) / 1000f * size;
    }

    private String fit(PDFont font, float size, String text, float maxWidth) throws IOException {
        return TextLines.fit(text, maxWidth, t -> textWidth(font, size, t));
    }

    /** The text in lines of the page's width (shared with the desk's downtime pack, ADR 0109). */
    private List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        return TextLines.wrap(text, maxWidth, t -> textWidth(font, size, t));
    }

    /** The text with control characters as spaces and characters the font lacks as {@code ?}. */
    private String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (coverage.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp,
                    c -> canEncode(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        try {
            return font.encode(new String(Character.toChars(codePoint))).length > 0;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
