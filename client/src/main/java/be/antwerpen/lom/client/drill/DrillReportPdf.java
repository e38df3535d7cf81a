package be.antwerpen.lom.client.drill;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The drill report as a PDF made on the desk (ADR 0113), with the embedded DejaVu font of the downtime pack
 * (ADR 0060) so every name prints; A4, the lines as the screen shows them, wrapped and paged.
 */
public final class DrillReportPdf {

    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float TITLE_SIZE = 14;
    private static final float LEADING = 14;

    /** @param lines the report's lines; a line starting with "# " is a heading */
    public byte[] write(String title, List<String> lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(document, "/fonts/DejaVuSans.ttf");
            PDFont bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String[]> laid = new ArrayList<>();
            laid.add(new String[] {"T", title});
            for (String line : lines) {
                boolean heading = line.startsWith("# ");
                PDFont font = heading ? bold : regular;
                for (String part : wrap(heading ? line.substring(2) : line, font, width)) {
                    laid.add(new String[] {heading ? "H" : "L", part});
                }
            }
            PDPageContentStream page = null;
            float y = 0;
            try {
                for (String[] item : laid) {
                    if (page == null || y < MARGIN) {
                        if (page != null) {
                            page.close();
                        }
                        PDPage next = new PDPage(PDRectangle.A4);
                        document.addPage(next);
                        page = new PDPageContentStream(document, next);
                        y = PDRectangle.A4.getHeight() - MARGIN;
                    }
                    boolean isTitle = item[0].equals("T");
                    page.beginText();
                    page.setFont(isTitle || item[0].equals("H") ? bold : regular, isTitle ? TITLE_SIZE : SIZE);
                    page.newLineAtOffset(MARGIN, y);
                    page.showText(item[1]);
                    page.endText();
                    y -= isTitle ? LEADING * 2 : LEADING;
                }
            } finally {
                if (page != null) {
                    page.close();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the drill report could not be made as PDF", e);
        }
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = DrillReportPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the font " + resource + " is missing from the desk application");
            }
            return PDType0Font.load(document, in);
        }
    }

    private static List<String> wrap(String text, PDFont font, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.replace('\t', ' ').split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * SIZE > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
