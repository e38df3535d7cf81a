package be.antwerpen.lom.client.downtime;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.product.Product;
import java.io.IOException;
import java.util.List;

/**
 * {@code 02-intake-forms.pdf}: one pre-filled page per appointment. The register number is
 * masked unless the product may show it in full; the QR code identifies the appointment by id
 * and code only.
 */
final class IntakeFormWriter implements PackPartWriter {

    static final String FILE_NAME = "02-intake-forms.pdf";

    private final FormSections sections;

    IntakeFormWriter(FormSections sections) {
        this.sections = sections;
    }

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
        return "Noodpakket: intakeformulieren";
    }

    @Override
    public void write(PackPlan plan, PackDocument document) throws IOException {
        List<Appointment> appointments = plan.appointments();
        for (int i = 0; i < appointments.size(); i++) {
            Appointment appointment = appointments.get(i);
            PdfTextLayout layout = document.newPage(PackDocument.PORTRAIT);
            page(layout, plan, appointment);
            PageFrame.footer(layout, "Formulier " + (i + 1) + " van " + appointments.size());
        }
    }

    private void page(PdfTextLayout layout, PackPlan plan, Appointment appointment) throws IOException {
        String payload = new AppointmentFormPayload(appointment.id(), appointment.code()).encode();
        sections.qrCorner(layout, payload, "Code " + appointment.code());
        float y = PageFrame.header(layout, "Intakeformulier afspraak", plan.request(),
                FormSections.widthBesideQr(layout));
        y = Math.min(y, layout.top() - FormSections.QR_SIZE - 34f);

        Product product = plan.productOf(appointment).orElse(null);
        y = sections.sectionTitle(layout, y, "Afspraak");
        y = sections.labelled(layout, y, "Uur", PackTexts.time(appointment.start().toLocalTime()) + " \u2013 "
                + PackTexts.time(appointment.end().toLocalTime()));
        y = sections.labelled(layout, y, "Product", product == null
                ? appointment.productCode() + " (niet in de productlijst)"
                : product.name() + " (" + product.code() + ")");
        y = sections.labelled(layout, y, "Afspraakcode", appointment.code());
        y -= FormSections.SECTION_GAP - 4f;

        Citizen citizen = appointment.citizen();
        y = sections.sectionTitle(layout, y, "Burger");
        y = sections.labelled(layout, y, "Familienaam", citizen.familyName());
        y = sections.labelled(layout, y, "Voornaam", citizen.givenName());
        y = sections.labelled(layout, y, "Rijksregisternummer", registerNumber(citizen, product));
        NationalRegisterNumber number = citizen.nationalRegisterNumber();
        if (number != null && number.birthDate().isPresent()) {
            y = sections.labelled(layout, y, "Geboortedatum", PackTexts.date(number.birthDate().get()));
        }
        y = sections.labelled(layout, y, "Telefoon", citizen.phone() == null ? "\u2014" : citizen.phone());
        y = sections.labelled(layout, y, "E-mail", citizen.email() == null ? "\u2014" : citizen.email());
        y -= FormSections.SECTION_GAP - 4f;

        y = sections.checklist(layout, y, product == null ? List.of() : product.checklist());
        y = sections.counterFields(layout, y);
        sections.signatures(layout, y);
    }

    /** Masked ({@code 85.07.30-***.**}) unless the product may show the full number. */
    static String registerNumber(Citizen citizen, Product product) {
        NationalRegisterNumber number = citizen.nationalRegisterNumber();
        if (number == null) {
            return "niet gekend \u2014 vraag de identiteitskaart";
        }
        return product != null && product.showFullRegisterNumber() ? number.formatted() : number.masked();
    }
}
