package be.antwerpen.lom.client.downtime;

import java.io.IOException;

/** The header and footer every page of the pack carries, so a loose sheet still says where it belongs. */
final class PageFrame {

    static final float HEADER_HEIGHT = 44f;

    private PageFrame() {
    }

    /** Draws the header band; returns the y below it where content starts. */
    static float header(PdfTextLayout layout, String title, DowntimePackRequest request, float titleMaxWidth)
            throws IOException {
        float y = layout.top() - 14f;
        layout.fittedText(layout.left(), y, layout.fonts().bold(), 15f, 10f, title, titleMaxWidth);
        y -= 16f;
        String where = request.location().name() + " \u2014 " + request.deskName() + " \u2014 "
                + PackTexts.day(request.day());
        layout.fittedText(layout.left(), y, layout.fonts().regular(), 10f, 7f, where, titleMaxWidth);
        y -= 12f;
        layout.fittedText(layout.left(), y, layout.fonts().bold(), 9f, 7f,
                "Stand van de gegevens: " + PackTexts.dateTime(request.dataAsOf()), titleMaxWidth);
        return layout.top() - HEADER_HEIGHT - 6f;
    }

    /** Draws the footer: confidentiality note and page number. */
    static void footer(PdfTextLayout layout, String pageLabel) throws IOException {
        float y = PdfTextLayout.MARGIN - 14f;
        layout.line(layout.left(), y + 10f, layout.right(), y + 10f, 0.4f);
        layout.text(layout.left(), y, layout.fonts().regular(), 7.5f, PackTexts.CONFIDENTIAL);
        layout.textRightAligned(layout.right(), y, layout.fonts().regular(), 8f, pageLabel);
    }
}
