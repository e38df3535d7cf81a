package be.antwerpen.lom.client.counter;

import java.util.Locale;

/**
 * Where this desk works: its location, its name and the prefix of its walk-in ticket numbers.
 * The prefix is derived from the desk name ("Loket 1" -> "L1"), which is unique within a location,
 * so tickets made offline at two desks never collide.
 */
public record DeskContext(String locationId, String deskName, String ticketPrefix) {

    public static DeskContext of(String locationId, String deskName) {
        return new DeskContext(locationId, deskName, prefixOf(deskName));
    }

    static String prefixOf(String deskName) {
        StringBuilder prefix = new StringBuilder();
        for (String word : deskName.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.chars().allMatch(Character::isDigit)) {
                prefix.append(word);
            } else {
                prefix.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        String result = prefix.toString().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return result.isEmpty() ? "D" : result;
    }
}
