package be.antwerpen.lom.client.downtime;

import be.antwerpen.lom.client.store.PrivateFiles;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** One PDF file of the pack being written: pages are added one after the other. */
final class PackDocument implements Closeable {

    static final PDRectangle PORTRAIT = PDRectangle.A4;
    static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private final PDDocument document;
    private final PackFonts fonts;
    private final GlyphFallback fallback;
    private PdfTextLayout current;

    PackDocument(PackFontFiles fontFiles, GlyphFallback fallback, String title) throws IOException {
        this.document = new PDDocument();
        this.fallback = fallback;
        try {
            this.fonts = fontFiles.loadInto(document);
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Loket op Maat");
        document.getDocumentCatalog().setLanguage("nl-BE");
    }

    /** Finishes the current page and starts a new one of the given size. */
    PdfTextLayout newPage(PDRectangle size) throws IOException {
        finishPage();
        PDPage page = new PDPage(size);
        document.addPage(page);
        current = new PdfTextLayout(new PDPageContentStream(document, page), size, fonts, fallback);
        return current;
    }

    int pageCount() {
        return document.getNumberOfPages();
    }

    /** Encrypts the document when it is saved (see {@link PackProtection}). */
    void protect(PackProtection protection) throws IOException {
        protection.apply(document);
    }

    /** Saves the document as a new 0600 file; a document without pages gets one page saying it is empty. */
    void save(Path file) throws IOException {
        if (document.getNumberOfPages() == 0) {
            PdfTextLayout layout = newPage(PORTRAIT);
            layout.text(layout.left(), layout.top() - 20f, fonts.bold(), 14f, PackTexts.EMPTY_PART);
        }
        finishPage();
        try (OutputStream out = new BufferedOutputStream(PrivateFiles.newOutputStream(file))) {
            document.save(out);
        }
    }

    private void finishPage() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            finishPage();
        } finally {
            document.close();
        }
    }
}
