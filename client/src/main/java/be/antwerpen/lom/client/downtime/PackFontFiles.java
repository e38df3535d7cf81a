package be.antwerpen.lom.client.downtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded Unicode fonts of the pack (DejaVu Sans and DejaVu Sans Bold, shipped in
 * {@code /fonts} with their licence). The font files are read once; each PDF document gets its
 * own subset-embedded copy.
 */
final class PackFontFiles {

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private final byte[] regular;
    private final byte[] bold;

    PackFontFiles(byte[] regular, byte[] bold) {
        this.regular = regular.clone();
        this.bold = bold.clone();
    }

    /** Reads the fonts shipped with the client. */
    static PackFontFiles fromClasspath() {
        return new PackFontFiles(read(REGULAR), read(BOLD));
    }

    /** Loads both fonts into a document, to be embedded as subsets when it is saved. */
    PackFonts loadInto(PDDocument document) throws IOException {
        return new PackFonts(
                PDType0Font.load(document, new ByteArrayInputStream(regular)),
                PDType0Font.load(document, new ByteArrayInputStream(bold)));
    }

    private static byte[] read(String resource) {
        try (InputStream in = PackFontFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource " + resource + " is missing from the client");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font resource " + resource, e);
        }
    }
}
