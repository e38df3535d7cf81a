package be.antwerpen.lom.client.downtime;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.validation.DomainValidationException;
import be.antwerpen.lom.model.validation.Require;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the downtime pack of one desk for one day is made from. Times are Europe/Brussels
 * wall-clock time, like the rest of the model.
 *
 * @param location             the counter location
 * @param deskName             the desk the pack is for, e.g. {@code Loket 1}
 * @param day                  the day the pack covers
 * @param generatedAt          when the pack is made
 * @param dataAsOf             when the desk last synchronised successfully (the data's age)
 * @param appointments         the location's appointments of that day (cancelled ones are left out of the pack)
 * @param products             the product catalogue (names and checklists for the forms)
 * @param serialRange          the blank-form serials this desk holds
 * @param walkInProductCodes   the common products that get blank walk-in forms, in print order
 * @param blankFormsPerProduct how many blank walk-in forms to print per common product
 */
public record DowntimePackRequest(
        Location location,
        String deskName,
        LocalDate day,
        LocalDateTime generatedAt,
        LocalDateTime dataAsOf,
        List<Appointment> appointments,
        List<Product> products,
        SerialRange serialRange,
        List<String> walkInProductCodes,
        int blankFormsPerProduct) {

    public static final int MAX_BLANK_FORMS_PER_PRODUCT = be.antwerpen.lom.model.sync.PaperPile.MAX_FORMS;

    public DowntimePackRequest {
        Require.present(location, "location");
        deskName = Require.text(deskName, "deskName", 60);
        Require.present(day, "day");
        Require.present(generatedAt, "generatedAt");
        Require.present(dataAsOf, "dataAsOf");
        Require.that(!dataAsOf.isAfter(generatedAt), "dataAsOf", "the data cannot be newer than the pack");
        appointments = List.copyOf(Require.present(appointments, "appointments"));
        products = List.copyOf(Require.present(products, "products"));
        Require.present(serialRange, "serialRange");
        walkInProductCodes = List.copyOf(Require.present(walkInProductCodes, "walkInProductCodes"));
        Require.notNegative(blankFormsPerProduct, "blankFormsPerProduct");
        Require.that(blankFormsPerProduct <= MAX_BLANK_FORMS_PER_PRODUCT, "blankFormsPerProduct",
                "at most " + MAX_BLANK_FORMS_PER_PRODUCT + " blank forms per product");

        Set<String> productCodes = new HashSet<>();
        for (Product product : products) {
            Require.that(productCodes.add(product.code()), "products", "product " + product.code() + " is listed twice");
        }
        Set<String> walkIn = new HashSet<>();
        for (String code : walkInProductCodes) {
            Require.that(productCodes.contains(code), "walkInProductCodes", "walk-in product " + code + " is not in the catalogue");
            Require.that(walkIn.add(code), "walkInProductCodes", "walk-in product " + code + " is listed twice");
        }
        for (Appointment appointment : appointments) {
            if (!appointment.locationId().equals(location.id()) || !appointment.start().toLocalDate().equals(day)) {
                // The code identifies the appointment without personal data.
                throw new DomainValidationException("appointments",
                        "appointment " + appointment.code() + " is not at " + location.id() + " on " + day);
            }
        }
    }

    /** How many blank walk-in forms (and so serials) the pack needs. */
    public int blankFormsNeeded() {
        return walkInProductCodes.size() * blankFormsPerProduct;
    }
}
