package be.antwerpen.lom.model.slot;

import be.antwerpen.lom.model.validation.Require;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Free slots for a product at any location that offers it, ordered by time.
 *
 * @param productCode   the product
 * @param from          first day (inclusive)
 * @param to            last day (inclusive)
 * @param saturdaysOnly only Saturdays
 * @param eveningsOnly  only evening openings
 * @param notBefore     earliest start time of day, or {@code null}
 * @param notAfter      latest start time of day, or {@code null}
 * @param limit         at most this many results (earliest first), or {@code null} for all
 */
public record FlexibilityQuery(String productCode, LocalDate from, LocalDate to, boolean saturdaysOnly,
                               boolean eveningsOnly, LocalTime notBefore, LocalTime notAfter, Integer limit) {

    public FlexibilityQuery {
        Require.text(productCode, "productCode", 40);
        Require.present(from, "from");
        Require.present(to, "to");
        Require.that(!to.isBefore(from), "to", "'to' must not be before 'from'");
        Require.that(!to.isAfter(from.plusDays(ProximityQuery.MAX_DAYS)), "to",
                "a query covers at most " + ProximityQuery.MAX_DAYS + " days");
        Require.that(notBefore == null || notAfter == null || !notAfter.isBefore(notBefore), "notAfter",
                "'notAfter' must not be before 'notBefore'");
        Require.that(limit == null || limit > 0, "limit", "limit must be greater than zero");
    }

    public static FlexibilityQuery earliest(String productCode, LocalDate from, LocalDate to, int limit) {
        return new FlexibilityQuery(productCode, from, to, false, false, null, null, limit);
    }
}
