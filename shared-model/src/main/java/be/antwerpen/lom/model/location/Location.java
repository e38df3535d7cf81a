package be.antwerpen.lom.model.location;

import be.antwerpen.lom.model.validation.Require;

/**
 * A physical counter location.
 *
 * @param id      stable short identifier, lower case, e.g. {@code deurne}
 * @param name    display name, e.g. {@code Districtshuis Deurne}
 * @param kind    regional or city counter
 * @param address street address shown on printouts
 */
public record Location(String id, String name, LocationKind kind, String address) {

    public Location {
        id = Require.text(id, "id", 40);
        Require.that(id.matches("[a-z0-9-]+"), "id", "location id must be lower-case letters, digits or '-'");
        name = Require.text(name, "name", 120);
        Require.present(kind, "kind");
        address = address == null ? "" : address.strip();
    }
}
