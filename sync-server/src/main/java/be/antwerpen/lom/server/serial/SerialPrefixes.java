package be.antwerpen.lom.server.serial;

import java.util.Locale;
import java.util.Map;

/** The serial prefix of each location's blank walk-in forms, e.g. {@code ANT-W} for antwerpen. */
public final class SerialPrefixes {

    private static final Map<String, String> SHORT = Map.of(
            "antwerpen", "ANT", "deurne", "DEU", "merksem", "MER", "wilrijk", "WIL",
            "berendrecht", "BRD", "berchem", "BCH", "borgerhout", "BGH", "linkeroever", "LOV",
            "ekeren", "EKE", "hoboken", "HOB");

    /** The prefix for {@code locationId}; an unknown id uses its first eight letters or digits. */
    public String prefixFor(String locationId) {
        String shortName = SHORT.get(locationId);
        if (shortName == null) {
            String cleaned = locationId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
            shortName = cleaned.substring(0, Math.min(8, cleaned.length()));
        }
        return shortName + "-W";
    }
}
