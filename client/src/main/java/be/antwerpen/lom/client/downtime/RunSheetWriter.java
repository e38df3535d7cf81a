package be.antwerpen.lom.client.downtime;

import be.antwerpen.lom.model.appointment.Appointment;
import java.io.IOException;
import java.util.List;

/**
 * {@code 01-run-sheet.pdf}: every appointment of the day by time, with columns to tick (arrived,
 * served, no-show) and to write the arrival time and desk. Landscape A4; the column headings
 * repeat on every page.
 */
final class RunSheetWriter implements PackPartWriter {

    static final String FILE_NAME = "01-run-sheet.pdf";
    static final String TITLE = "Afsprakenlijst";
    static final float ROW_HEIGHT = 20f;

    private static final String[] HEADINGS = {
        "Uur", "Code", "Burger", "Product", "Loket", "Aangekomen", "Uur aankomst", "Geholpen", "Niet opgedaagd"};
    private static final float[] WIDTHS = {68f, 68f, 180f, 142f, 58f, 70f, 56f, 58f, 62f};
    private static final float HEADING_HEIGHT = 26f;
    private static final float TICK = 10f;

    @Override
    public boolean holdsPersonalData() {
        return true;
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public String title() {
        return "Noodpakket: afsprakenlijst";
    }

    /** How many appointment rows fit on one page. */
    static int rowsPerPage() {
        float usable = PackDocument.LANDSCAPE.getHeight() - 2 * PdfTextLayout.MARGIN - PageFrame.HEADER_HEIGHT - 6f
                - HEADING_HEIGHT - 14f;
        return (int) (usable / ROW_HEIGHT);
    }

    /** How many pages the run sheet of {@code appointments} appointments takes (at least one). */
    static int pageCount(int appointments) {
        int perPage = rowsPerPage();
        return Math.max(1, (appointments + perPage - 1) / perPage);
    }

    @Override
    public void write(PackPlan plan, PackDocument document) throws IOException {
        List<Appointment> appointments = plan.appointments();
        int perPage = rowsPerPage();
        int pages = pageCount(appointments.size());
        for (int page = 0; page < pages; page++) {
            PdfTextLayout layout = document.newPage(PackDocument.LANDSCAPE);
            String title = TITLE + " (" + appointments.size() + " afspraken)";
            float y = PageFrame.header(layout, title, plan.request(), layout.right() - layout.left());
            y = headings(layout, y);
            if (appointments.isEmpty()) {
                layout.text(layout.left() + 4f, y - 14f, layout.fonts().regular(), 10f, "Geen afspraken voor deze dag.");
            }
            int from = page * perPage;
            int to = Math.min(appointments.size(), from + perPage);
            for (int i = from; i < to; i++) {
                y = row(layout, y, plan, appointments.get(i), i % 2 == 1);
            }
            PageFrame.footer(layout, PackTexts.pageOf(page + 1, pages));
        }
    }

    private static float headings(PdfTextLayout layout, float top) throws IOException {
        float x = layout.left();
        layout.shade(x, top - HEADING_HEIGHT, layout.right() - x, HEADING_HEIGHT, 0.82f);
        for (int column = 0; column < HEADINGS.length; column++) {
            List<String> lines = layout.wrap(layout.fonts().bold(), 8f, HEADINGS[column], WIDTHS[column] - 5f);
            float y = top - 10f;
            for (String line : lines) {
                layout.text(x + 3f, y, layout.fonts().bold(), 8f, line);
                y -= 9f;
            }
            x += WIDTHS[column];
        }
        return top - HEADING_HEIGHT;
    }

    private static float row(PdfTextLayout layout, float top, PackPlan plan, Appointment appointment, boolean shaded)
            throws IOException {
        float bottom = top - ROW_HEIGHT;
        float left = layout.left();
        if (shaded) {
            layout.shade(left, bottom, layout.right() - left, ROW_HEIGHT, 0.93f);
        }
        layout.line(left, bottom, layout.right(), bottom, 0.3f);
        float baseline = bottom + 6.5f;
        PackFonts fonts = layout.fonts();
        String[] cells = {
            PackTexts.time(appointment.start().toLocalTime()) + "\u2013" + PackTexts.time(appointment.end().toLocalTime()),
            appointment.code(),
            appointment.citizen().familyName() + ", " + appointment.citizen().givenName(),
            plan.productName(appointment),
        };
        float x = left;
        for (int column = 0; column < cells.length; column++) {
            layout.fittedText(x + 3f, baseline, column == 1 ? fonts.bold() : fonts.regular(), 9.5f, 8f,
                    cells[column], WIDTHS[column] - 6f);
            x += WIDTHS[column];
        }
        x += WIDTHS[4]; // Loket: written by hand, the model does not assign desks to appointments
        layout.tickBox(x + (WIDTHS[5] - TICK) / 2f, bottom + 5f, TICK);
        x += WIDTHS[5];
        layout.line(x + 6f, bottom + 4f, x + WIDTHS[6] - 6f, bottom + 4f, 0.5f);
        x += WIDTHS[6];
        layout.tickBox(x + (WIDTHS[7] - TICK) / 2f, bottom + 5f, TICK);
        x += WIDTHS[7];
        layout.tickBox(x + (WIDTHS[8] - TICK) / 2f, bottom + 5f, TICK);
        x = left;
        for (int column = 0; column < WIDTHS.length - 1; column++) {
            x += WIDTHS[column];
            layout.line(x, bottom, x, top, 0.3f);
        }
        return bottom;
    }
}
