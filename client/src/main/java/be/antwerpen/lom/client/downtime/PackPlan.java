package be.antwerpen.lom.client.downtime;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.product.Product;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What goes into the pack, worked out before anything is written: the appointments in time
 * order (cancelled ones left out), the product of each, and a serial for every blank form.
 */
record PackPlan(
        DowntimePackRequest request,
        List<Appointment> appointments,
        Map<String, Product> productsByCode,
        List<WalkInForm> walkInForms) {

    PackPlan {
        appointments = List.copyOf(appointments);
        productsByCode = Map.copyOf(productsByCode);
        walkInForms = List.copyOf(walkInForms);
    }

    /**
     * Plans a pack.
     *
     * @throws SerialRangeTooSmallException when the desk's range cannot number all blank forms
     */
    static PackPlan of(DowntimePackRequest request) {
        Map<String, Product> products = new LinkedHashMap<>();
        request.products().forEach(product -> products.put(product.code(), product));
        List<Appointment> appointments = request.appointments().stream()
                .filter(appointment -> appointment.status() != AppointmentStatus.CANCELLED)
                .sorted(Comparator.comparing(Appointment::start).thenComparing(Appointment::code))
                .toList();
        List<String> serials = request.serialRange().firstSerials(request.blankFormsNeeded());
        List<WalkInForm> forms = new ArrayList<>(serials.size());
        int next = 0;
        for (String code : request.walkInProductCodes()) {
            for (int i = 0; i < request.blankFormsPerProduct(); i++) {
                forms.add(new WalkInForm(serials.get(next++), products.get(code)));
            }
        }
        return new PackPlan(request, appointments, products, forms);
    }

    /** The product of an appointment, if the catalogue knows it. */
    Optional<Product> productOf(Appointment appointment) {
        return Optional.ofNullable(productsByCode.get(appointment.productCode()));
    }

    /** The printed product name: the catalogue name, or the bare code when the catalogue lacks it. */
    String productName(Appointment appointment) {
        return productOf(appointment).map(Product::name).orElse(appointment.productCode());
    }

    List<String> issuedSerials() {
        return walkInForms.stream().map(WalkInForm::serial).toList();
    }
}
