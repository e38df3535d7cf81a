package be.antwerpen.lom.client.downtime;

import java.io.IOException;
import java.util.List;

/** The parts intake forms and walk-in forms share: QR corner, checklist, counter fields, signatures. */
final class FormSections {

    /** Side of the QR code in points (about 39 mm), drawn in the top-right corner. */
    static final float QR_SIZE = 110f;
    static final float SECTION_GAP = 14f;
    /** Height the counter fields and signature boxes need under the checklist, footer included. */
    static final float SPACE_BELOW_CHECKLIST = 276f;

    private final QrCodeDrawer qrCodes;

    FormSections(QrCodeDrawer qrCodes) {
        this.qrCodes = qrCodes;
    }

    /** The QR code in the top-right corner with the human-readable code under it. */
    void qrCorner(PdfTextLayout layout, String payload, String humanReadable) throws IOException {
        float x = layout.right() - QR_SIZE;
        float y = layout.top() - QR_SIZE;
        qrCodes.draw(layout, payload, x, y, QR_SIZE);
        layout.textRightAligned(layout.right(), y - 14f, layout.fonts().bold(), 11f, humanReadable);
    }

    /** Width left of the QR corner, for header text. */
    static float widthBesideQr(PdfTextLayout layout) {
        return layout.right() - layout.left() - QR_SIZE - 24f;
    }

    /** A section title with a rule under it; returns the baseline for the first line of content. */
    float sectionTitle(PdfTextLayout layout, float y, String title) throws IOException {
        layout.text(layout.left(), y, layout.fonts().bold(), 11.5f, title);
        layout.line(layout.left(), y - 4f, layout.right(), y - 4f, 0.6f);
        return y - 18f;
    }

    /** A label and a printed value on one line. */
    float labelled(PdfTextLayout layout, float y, String label, String value) throws IOException {
        float labelWidth = 130f;
        layout.fittedText(layout.left(), y, layout.fonts().regular(), 10f, 7f, label, labelWidth - 6f);
        layout.fittedText(layout.left() + labelWidth, y, layout.fonts().bold(), 11f, 7f, value,
                layout.right() - layout.left() - labelWidth);
        return y - 16f;
    }

    /**
     * The product's checklist, each item with a tick box. Items that would run into the counter
     * fields below are left out with a note saying how many.
     */
    float checklist(PdfTextLayout layout, float y, List<String> items) throws IOException {
        y = sectionTitle(layout, y, "Te controleren of te verzamelen");
        if (items.isEmpty()) {
            layout.text(layout.left(), y, layout.fonts().regular(), 10f, "Geen checklist voor dit product.");
            return y - 16f - SECTION_GAP;
        }
        float lowest = PdfTextLayout.MARGIN + SPACE_BELOW_CHECKLIST;
        float width = layout.right() - layout.left() - 18f;
        for (int i = 0; i < items.size(); i++) {
            if (y < lowest) {
                layout.text(layout.left() + 18f, y, layout.fonts().bold(), 10f,
                        "+ " + (items.size() - i) + " punten meer: zie de productinformatie");
                y -= 16f;
                break;
            }
            layout.tickBox(layout.left(), y - 1.5f, 9f);
            y = layout.paragraph(layout.left() + 18f, y, layout.fonts().regular(), 10f, items.get(i), width) - 3f;
        }
        return y - SECTION_GAP + 4f;
    }

    /** What the desk writes by hand: times, outcome, remarks, who served. */
    float counterFields(PdfTextLayout layout, float y) throws IOException {
        y = sectionTitle(layout, y, "In te vullen aan het loket");
        float left = layout.left();
        float half = (layout.right() - left) / 2f;
        layout.writeInField(left, y, half - 20f, "Aangekomen om (uu:mm):", 10f);
        layout.writeInField(left + half, y, half, "Geholpen om (uu:mm):", 10f);
        y -= 22f;
        layout.writeInField(left, y, half - 20f, "Loket:", 10f);
        layout.writeInField(left + half, y, half, "Medewerker:", 10f);
        y -= 22f;
        layout.text(left, y, layout.fonts().regular(), 10f, "Uitkomst:");
        float x = left + 60f;
        for (String outcome : List.of("Afgehandeld", "Niet afgehandeld", "Niet opgedaagd")) {
            layout.tickBox(x, y - 1.5f, 9f);
            layout.text(x + 13f, y, layout.fonts().regular(), 10f, outcome);
            x += 130f;
        }
        y -= 22f;
        layout.writeInField(left, y, layout.right() - left, "Reden / opmerkingen:", 10f);
        y -= 20f;
        layout.line(left, y - 2f, layout.right(), y - 2f, 0.5f);
        y -= 20f;
        layout.line(left, y - 2f, layout.right(), y - 2f, 0.5f);
        return y - 20f - SECTION_GAP;
    }

    /** Two signature boxes side by side. */
    float signatures(PdfTextLayout layout, float y) throws IOException {
        float left = layout.left();
        float gap = 16f;
        float width = (layout.right() - left - gap) / 2f;
        float height = 62f;
        layout.text(left, y, layout.fonts().bold(), 10f, "Handtekening burger");
        layout.text(left + width + gap, y, layout.fonts().bold(), 10f, "Handtekening medewerker");
        layout.box(left, y - 6f - height, width, height, 0.8f);
        layout.box(left + width + gap, y - 6f - height, width, height, 0.8f);
        return y - 6f - height - SECTION_GAP;
    }
}
