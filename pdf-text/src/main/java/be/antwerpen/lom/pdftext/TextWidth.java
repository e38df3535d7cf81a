package be.antwerpen.lom.pdftext;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** How wide a piece of text prints, in PDF points. */
@FunctionalInterface
public interface TextWidth {

    float of(String text) throws IOException;

    /** The width in {@code font} at {@code size}, for text the font can encode as it is. */
    static TextWidth of(PDFont font, float size) {
        return text -> font.getStringWidth(text) / 1000f * size;
    }
}
