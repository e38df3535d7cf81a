package be.antwerpen.lom.model.reference;

import be.antwerpen.lom.model.location.Closure;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.location.WeeklySchedule;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.validation.Require;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the slot engine and the desks need to know about places, hours and products.
 *
 * @param version      version of this data set (e.g. {@code 2026.1-example})
 * @param exampleData  {@code true} for the shipped example set that an administrator replaces
 * @param slotMinutes  the base slot grid in minutes (e.g. 10)
 * @param locations    the counter locations
 * @param schedules    one weekly schedule per location
 * @param closures     holidays, election days and other closures
 * @param products     the product catalogue
 * @param notice       a note for people reading the data set (e.g. that it is example data to
 *                     replace); empty when none
 */
public record ReferenceData(
        String version,
        boolean exampleData,
        int slotMinutes,
        List<Location> locations,
        List<WeeklySchedule> schedules,
        List<Closure> closures,
        List<Product> products,
        String notice) {

    @JsonCreator
    public ReferenceData {
        Require.text(version, "version", 40);
        Require.positive(slotMinutes, "slotMinutes");
        locations = List.copyOf(Require.present(locations, "locations"));
        schedules = List.copyOf(Require.present(schedules, "schedules"));
        closures = List.copyOf(Require.present(closures, "closures"));
        products = List.copyOf(Require.present(products, "products"));
        notice = notice == null ? "" : notice.strip();
    }

    /** A data set without a notice. */
    public ReferenceData(String version, boolean exampleData, int slotMinutes, List<Location> locations,
                         List<WeeklySchedule> schedules, List<Closure> closures, List<Product> products) {
        this(version, exampleData, slotMinutes, locations, schedules, closures, products, "");
    }

    /** A copy with other closures (e.g. with generated public holidays merged in). */
    public ReferenceData withClosures(List<Closure> newClosures) {
        return new ReferenceData(version, exampleData, slotMinutes, locations, schedules, newClosures, products,
                notice);
    }

    public Optional<Location> location(String id) {
        return locations.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<WeeklySchedule> schedule(String locationId) {
        return schedules.stream().filter(s -> s.locationId().equals(locationId)).findFirst();
    }

    public Optional<Product> product(String code) {
        return products.stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
