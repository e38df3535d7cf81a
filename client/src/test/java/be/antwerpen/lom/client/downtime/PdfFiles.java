package be.antwerpen.lom.client.downtime;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads back what the renderer wrote: text per page, page counts, decoded QR codes. */
final class PdfFiles {

    static final float DPI = 200f;

    private PdfFiles() {
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Text of one page, 1-based. */
    static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    /**
     * Renders a page at 200 dpi and decodes the QR code in its top-right corner (where the forms
     * draw it), the way a phone or a hand scanner would see the printed page.
     */
    static String decodeQrInTopRightCorner(PDDocument document, int pageIndex) throws IOException {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(pageIndex, DPI, ImageType.RGB);
        float scale = DPI / 72f;
        int x = Math.round((PackDocument.PORTRAIT.getWidth() - 200f) * scale);
        int y = Math.round(15f * scale);
        int width = Math.round(195f * scale);
        int height = Math.round(175f * scale);
        BufferedImage corner = page.getSubimage(x, y, width, height);
        int[] pixels = corner.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no readable QR code on page " + (pageIndex + 1), e);
        }
    }
}
