package be.antwerpen.lom.client.downtime;

import java.io.IOException;
import java.util.List;

/**
 * {@code 03-walk-in-forms.pdf}: blank forms for citizens without an appointment, one page per
 * serial, grouped by product. Each serial is printed once in the pack and in its QR code.
 */
final class WalkInFormWriter implements PackPartWriter {

    static final String FILE_NAME = "03-walk-in-forms.pdf";

    private final FormSections sections;

    WalkInFormWriter(FormSections sections) {
        this.sections = sections;
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public String title() {
        return "Noodpakket: blanco formulieren zonder afspraak";
    }

    @Override
    public void write(PackPlan plan, PackDocument document) throws IOException {
        List<WalkInForm> forms = plan.walkInForms();
        for (int i = 0; i < forms.size(); i++) {
            WalkInForm form = forms.get(i);
            PdfTextLayout layout = document.newPage(PackDocument.PORTRAIT);
            page(layout, plan, form);
            PageFrame.footer(layout, "Blanco formulier " + (i + 1) + " van " + forms.size());
        }
    }

    private void page(PdfTextLayout layout, PackPlan plan, WalkInForm form) throws IOException {
        sections.qrCorner(layout, new WalkInFormPayload(form.serial()).encode(), form.serial());
        float y = PageFrame.header(layout, "Formulier zonder afspraak", plan.request(),
                FormSections.widthBesideQr(layout));
        y -= 12f;
        layout.fittedText(layout.left(), y, layout.fonts().bold(), 14f, 9f, form.product().name(),
                FormSections.widthBesideQr(layout));
        y -= 22f;
        layout.text(layout.left(), y, layout.fonts().regular(), 10f, "Formuliernummer");
        layout.text(layout.left() + 100f, y, layout.fonts().bold(), 16f, form.serial());
        y = Math.min(y - 26f, layout.top() - FormSections.QR_SIZE - 34f);

        y = sections.sectionTitle(layout, y, "Burger (in drukletters)");
        float left = layout.left();
        float full = layout.right() - left;
        layout.writeInField(left, y, full, "Familienaam:", 10f);
        y -= 22f;
        layout.writeInField(left, y, full, "Voornaam:", 10f);
        y -= 24f;
        y = registerNumberBoxes(layout, y);
        float half = full / 2f;
        layout.writeInField(left, y, half - 20f, "Telefoon:", 10f);
        layout.writeInField(left + half, y, half, "E-mail:", 10f);
        y -= 20f + FormSections.SECTION_GAP;

        y = sections.checklist(layout, y, form.product().checklist());
        y = sections.counterFields(layout, y);
        sections.signatures(layout, y);
    }

    /** Eleven boxes for the register number, grouped YY MM DD - SSS . CC. */
    private static float registerNumberBoxes(PdfTextLayout layout, float y) throws IOException {
        layout.text(layout.left(), y, layout.fonts().regular(), 10f, "Rijksregisternummer:");
        float box = 16f;
        float x = layout.left() + 118f;
        for (int digit = 0; digit < 11; digit++) {
            if (digit == 2 || digit == 4 || digit == 9) {
                layout.text(x + 1f, y, layout.fonts().regular(), 10f, ".");
                x += 7f;
            } else if (digit == 6) {
                layout.text(x + 1f, y, layout.fonts().regular(), 10f, "-");
                x += 8f;
            }
            layout.box(x, y - 5f, box, box + 2f, 0.7f);
            x += box;
        }
        return y - 28f;
    }
}
