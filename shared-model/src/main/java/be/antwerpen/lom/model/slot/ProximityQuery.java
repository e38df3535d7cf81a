package be.antwerpen.lom.model.slot;

import be.antwerpen.lom.model.validation.Require;
import java.time.LocalDate;

/** Free slots at one location for a product between two dates (inclusive). */
public record ProximityQuery(String locationId, String productCode, LocalDate from, LocalDate to) {

    /** The longest date range one query may cover. */
    public static final int MAX_DAYS = 366;

    public ProximityQuery {
        Require.text(locationId, "locationId", 40);
        Require.text(productCode, "productCode", 40);
        Require.present(from, "from");
        Require.present(to, "to");
        Require.that(!to.isBefore(from), "to", "'to' must not be before 'from'");
        Require.that(!to.isAfter(from.plusDays(MAX_DAYS)), "to", "a query covers at most " + MAX_DAYS + " days");
    }
}
