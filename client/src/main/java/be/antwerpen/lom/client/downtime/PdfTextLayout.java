package be.antwerpen.lom.client.downtime;

import be.antwerpen.lom.pdftext.TextLines;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Drawing on one page in PDF points (origin bottom left): text that always prints (see
 * {@link GlyphFallback}), fitting and wrapping, lines, boxes and tick boxes. Black and white only.
 */
final class PdfTextLayout implements Closeable {

    static final float MARGIN = 40f;

    private final PDPageContentStream stream;
    private final PDRectangle pageSize;
    private final PackFonts fonts;
    private final GlyphFallback fallback;

    PdfTextLayout(PDPageContentStream stream, PDRectangle pageSize, PackFonts fonts, GlyphFallback fallback) {
        this.stream = stream;
        this.pageSize = pageSize;
        this.fonts = fonts;
        this.fallback = fallback;
    }

    PackFonts fonts() {
        return fonts;
    }

    float width() {
        return pageSize.getWidth();
    }

    float height() {
        return pageSize.getHeight();
    }

    /** Left edge of the printable area. */
    float left() {
        return MARGIN;
    }

    /** Right edge of the printable area. */
    float right() {
        return pageSize.getWidth() - MARGIN;
    }

    /** Top edge of the printable area. */
    float top() {
        return pageSize.getHeight() - MARGIN;
    }

    /** Draws text with its baseline at {@code y}. */
    void text(float x, float y, PDFont font, float size, String text) throws IOException {
        String printable = fallback.printed(font, text);
        if (printable.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(printable);
        stream.endText();
    }

    /** Draws text shrunk (down to {@code minSize}) and then cut with an ellipsis to fit {@code maxWidth}. */
    void fittedText(float x, float y, PDFont font, float size, float minSize, String text, float maxWidth)
            throws IOException {
        float fontSize = size;
        float widthAtOne = textWidth(font, 1f, text);
        if (widthAtOne * size > maxWidth) {
            fontSize = Math.max(minSize, (float) Math.floor(maxWidth / widthAtOne * 2f) / 2f);
        }
        text(x, y, font, fontSize, fit(font, fontSize, text, maxWidth));
    }

    /** Draws text right-aligned so it ends at {@code rightX}. */
    void textRightAligned(float rightX, float y, PDFont font, float size, String text) throws IOException {
        text(rightX - textWidth(font, size, text), y, font, size, text);
    }

    /** Width of the text as printed, in points. */
    float textWidth(PDFont font, float size, String text) throws IOException {
        return fallback.advance(font, fallback.printable(font, text)) / 1000f * size;
    }

    /** The text, cut with an ellipsis when wider than {@code maxWidth}: for what must stay on one line. */
    String fit(PDFont font, float size, String text, float maxWidth) throws IOException {
        return TextLines.fit(text, maxWidth, t -> textWidth(font, size, t));
    }

    /** Splits text into lines no wider than {@code maxWidth} (shared with the server's report, ADR 0109). */
    List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        return TextLines.wrap(text, maxWidth, t -> textWidth(font, size, t));
    }

    /** Draws wrapped text from baseline {@code y} down; returns the baseline below the last line. */
    float paragraph(float x, float y, PDFont font, float size, String text, float maxWidth) throws IOException {
        float baseline = y;
        for (String line : wrap(font, size, text, maxWidth)) {
            text(x, baseline, font, size, line);
            baseline -= size * 1.35f;
        }
        return baseline;
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    /** A stroked rectangle with its lower-left corner at (x, y). */
    void box(float x, float y, float width, float height, float lineWidth) throws IOException {
        stream.setLineWidth(lineWidth);
        stream.addRect(x, y, width, height);
        stream.stroke();
    }

    /** A filled grey rectangle (0 black .. 1 white); the fill colour is reset to black afterwards. */
    void shade(float x, float y, float width, float height, float gray) throws IOException {
        stream.setNonStrokingColor(gray);
        stream.addRect(x, y, width, height);
        stream.fill();
        stream.setNonStrokingColor(0f);
    }

    /** An empty square to tick, lower-left corner at (x, y). */
    void tickBox(float x, float y, float size) throws IOException {
        box(x, y, size, size, 0.8f);
    }

    /** A label followed by a line to write on, baseline {@code y}. */
    void writeInField(float x, float y, float width, String label, float size) throws IOException {
        text(x, y, fonts.regular(), size, label);
        float lineStart = x + textWidth(fonts.regular(), size, label) + 4f;
        line(lineStart, y - 2f, x + width, y - 2f, 0.5f);
    }

    /** The page's content stream, for drawers that add their own paths (QR codes). */
    PDPageContentStream stream() {
        return stream;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
