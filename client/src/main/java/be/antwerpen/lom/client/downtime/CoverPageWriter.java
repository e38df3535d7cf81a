package be.antwerpen.lom.client.downtime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code 00-cover.pdf}: what the pack is, how old its data is, how to use it, which serials the desk holds. */
final class CoverPageWriter implements PackPartWriter {

    static final String FILE_NAME = "00-cover.pdf";

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public String title() {
        return "Noodpakket: voorblad";
    }

    @Override
    public void write(PackPlan plan, PackDocument document) throws IOException {
        DowntimePackRequest request = plan.request();
        PdfTextLayout layout = document.newPage(PackDocument.PORTRAIT);
        PackFonts fonts = layout.fonts();
        float left = layout.left();
        float width = layout.right() - left;

        float y = layout.top() - 20f;
        layout.text(left, y, fonts.bold(), 22f, "Noodpakket papieren werking");
        y -= 18f;
        layout.text(left, y, fonts.regular(), 11f, "Loket op Maat \u2014 stad Antwerpen");
        y -= 30f;

        y = fact(layout, y, "Locatie", request.location().name() + " (" + request.location().id() + ")");
        if (!request.location().address().isEmpty()) {
            y = fact(layout, y, "Adres", request.location().address());
        }
        y = fact(layout, y, "Loket", request.deskName());
        y = fact(layout, y, "Dag", PackTexts.day(request.day()));
        y = fact(layout, y, "Aangemaakt", PackTexts.dateTime(request.generatedAt()));
        y -= 8f;

        float boxHeight = 62f;
        layout.box(left, y - boxHeight, width, boxHeight, 2f);
        layout.text(left + 10f, y - 18f, fonts.bold(), 11f, "STAND VAN DE GEGEVENS (laatste synchronisatie)");
        layout.text(left + 10f, y - 40f, fonts.bold(), 20f, PackTexts.dateTime(request.dataAsOf()));
        layout.text(left + 10f, y - 55f, fonts.regular(), 8.5f,
                "Wijzigingen na dit tijdstip staan niet in dit pakket.");
        y -= boxHeight + 24f;

        layout.text(left, y, fonts.bold(), 13f, "Inhoud");
        y -= 17f;
        int appointments = plan.appointments().size();
        y = fact(layout, y, "01 Afsprakenlijst", appointments + " afspraken ("
                + pages(RunSheetWriter.pageCount(appointments)) + ")");
        y = fact(layout, y, "02 Intakeformulieren", appointments + " formulieren, één per afspraak ("
                + pages(appointments) + ")");
        y = fact(layout, y, "03 Blanco formulieren", plan.walkInForms().size() + " formulieren zonder afspraak ("
                + pages(plan.walkInForms().size()) + ")");
        y -= 10f;

        layout.text(left, y, fonts.bold(), 13f, "Zo gebruikt u dit pakket");
        y -= 17f;
        List<String> steps = PackTexts.HOW_TO_USE;
        for (int i = 0; i < steps.size(); i++) {
            layout.text(left, y, fonts.bold(), 9.5f, (i + 1) + ".");
            y = layout.paragraph(left + 16f, y, fonts.regular(), 9.5f, steps.get(i), width - 16f) - 3f;
        }
        y -= 10f;

        layout.text(left, y, fonts.bold(), 13f, "Formuliernummers van dit loket");
        y -= 17f;
        y = fact(layout, y, "Reeks in bezit", request.serialRange().describe()
                + " (" + request.serialRange().size() + " nummers)");
        String label = "In dit pakket";
        for (Map.Entry<String, List<String>> entry : serialsByProduct(plan).entrySet()) {
            List<String> serials = entry.getValue();
            y = fact(layout, y, label, serials.get(0) + " .. " + serials.get(serials.size() - 1)
                    + " (" + serials.size() + ") \u2014 " + entry.getKey());
            label = "";
            if (y < PdfTextLayout.MARGIN + 30f) {
                break;
            }
        }
        if (plan.walkInForms().isEmpty()) {
            y = fact(layout, y, "In dit pakket", "geen blanco formulieren");
        }
        PageFrame.footer(layout, PackTexts.pageOf(1, 1));
    }

    private static float fact(PdfTextLayout layout, float y, String label, String value) throws IOException {
        float labelWidth = 150f;
        layout.fittedText(layout.left(), y, layout.fonts().bold(), 10f, 7f, label, labelWidth - 6f);
        layout.fittedText(layout.left() + labelWidth, y, layout.fonts().regular(), 10f, 7f, value,
                layout.right() - layout.left() - labelWidth);
        return y - 14f;
    }

    private static String pages(int count) {
        return count == 1 ? "1 pagina" : count + " pagina's";
    }

    private static Map<String, List<String>> serialsByProduct(PackPlan plan) {
        Map<String, List<String>> byProduct = new LinkedHashMap<>();
        for (WalkInForm form : plan.walkInForms()) {
            byProduct.computeIfAbsent(form.product().name(), name -> new ArrayList<>()).add(form.serial());
        }
        return byProduct;
    }
}
