package be.antwerpen.lom.client.downtime;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a QR code as filled vector rectangles (one per run of dark modules in a row), so it
 * stays sharp at any print resolution. Error correction level M survives creases and smudges;
 * the caller keeps a quiet zone of four modules free around it.
 */
final class QrCodeDrawer {

    private final QRCodeWriter writer = new QRCodeWriter();

    /**
     * Draws the code with its lower-left corner at (x, y), {@code size} points wide and high.
     */
    void draw(PdfTextLayout layout, String payload, float x, float y, float size) throws IOException {
        BitMatrix matrix = encode(payload);
        int modules = matrix.getWidth();
        float module = size / modules;
        PDPageContentStream stream = layout.stream();
        stream.setNonStrokingColor(0f);
        for (int row = 0; row < modules; row++) {
            float rowY = y + size - (row + 1) * module;
            int column = 0;
            while (column < modules) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int runStart = column;
                while (column < modules && matrix.get(column, row)) {
                    column++;
                }
                stream.addRect(x + runStart * module, rowY, (column - runStart) * module, module);
            }
        }
        stream.fill();
    }

    BitMatrix encode(String payload) {
        try {
            return writer.encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new DowntimePackException("a form code could not be turned into a QR code", e);
        }
    }
}
