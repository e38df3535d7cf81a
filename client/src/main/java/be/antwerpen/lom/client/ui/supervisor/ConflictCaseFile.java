package be.antwerpen.lom.client.ui.supervisor;

import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.sync.ConflictView;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A conflict as a case file for the supervisor: who (the staff member), which desk (its name), when,
 * and both versions as labelled fields side by side with the differences marked. Never shows "null"
 * or raw JSON: a value a version does not have is "—".
 */
public final class ConflictCaseFile {

    /** One labelled field: the server's and the desk's value, and whether they differ. */
    public record Field(String label, String server, String desk, boolean differs) {
    }

    static final String NONE = "\u2014";

    private final Messages messages;
    private final ZoneId zone;
    private final Function<String, String> productName;
    private final Function<String, String> locationName;

    /**
     * @param productName  product code to its Dutch name (the code itself when unknown)
     * @param locationName location id to its name (the id itself when unknown)
     */
    public ConflictCaseFile(Messages messages, ZoneId zone, Function<String, String> productName,
                            Function<String, String> locationName) {
        this.messages = messages;
        this.zone = zone;
        this.productName = productName;
        this.locationName = locationName;
    }

    String locationName(String id) {
        return id == null ? NONE : locationName.apply(id);
    }

    /** "Geopend ma 7 december 2026 om 10:42 · Loket 2 · door agent.antwerpen". */
    public String header(ConflictView c) {
        String when = c.createdAt() == null ? NONE : messages.get("inbox.case.when",
                messages.longDate().withZone(zone).format(c.createdAt()), messages.time().withZone(zone)
                        .format(c.createdAt()));
        String desk = c.deskName() == null || c.deskName().isBlank() ? messages.get("inbox.case.unknownDesk")
                : c.deskName();
        String who = actor(c).orElse(messages.get("inbox.case.unknownActor"));
        return messages.get("inbox.case.header", when, desk, who);
    }

    /** The staff member who sent the desk's command: stored with the conflict, else in the command. */
    Optional<String> actor(ConflictView c) {
        if (c.actor() != null && !c.actor().isBlank()) {
            return Optional.of(c.actor());
        }
        return text(c.deskVersion(), "command", "actor").or(() -> text(c.deskVersion(), "actor"));
    }

    /** Both versions as labelled fields; a field neither version has is left out. */
    public List<Field> fields(ConflictView c) {
        List<Field> fields = new ArrayList<>();
        add(fields, "status", c, node -> find(node, "status").map(s -> messages.get("status." + s)));
        add(fields, "start", c, node -> find(node, "start").flatMap(this::moment));
        add(fields, "product", c, node -> find(node, "productCode").map(productName));
        add(fields, "location", c, node -> find(node, "locationId").map(locationName));
        add(fields, "code", c, node -> find(node, "code"));
        add(fields, "name", c, node -> name(node));
        add(fields, "registerNumber", c, node -> find(node, "nationalRegisterNumber").map(this::masked));
        add(fields, "email", c, node -> find(node, "email"));
        add(fields, "phone", c, node -> find(node, "phone"));
        add(fields, "provisional", c, node -> find(node, "provisional")
                .map(p -> messages.get("true".equals(p) ? "confirm.yes" : "confirm.no")));
        add(fields, "reason", c, node -> find(node, "reason"));
        return fields;
    }

    private void add(List<Field> fields, String key, ConflictView c, Function<JsonNode, Optional<String>> value) {
        Optional<String> server = c.serverVersion() == null ? Optional.empty() : value.apply(c.serverVersion());
        Optional<String> desk = c.deskVersion() == null ? Optional.empty() : value.apply(c.deskVersion());
        if (server.isEmpty() && desk.isEmpty()) {
            return;
        }
        // Marked only where both versions say something and say it differently.
        boolean differs = server.isPresent() && desk.isPresent() && !Objects.equals(server, desk);
        fields.add(new Field(messages.get("inbox.field." + key), server.orElse(NONE), desk.orElse(NONE), differs));
    }

    /**
     * A field of a version: the appointment itself, its citizen, or (for a desk's command) the
     * command's payload and the payload's citizen.
     */
    private static Optional<String> find(JsonNode node, String field) {
        for (JsonNode place : new JsonNode[] {node, node.path("citizen"), node.path("command").path("payload"),
                node.path("command").path("payload").path("citizen"), node.path("payload"),
                node.path("payload").path("citizen")}) {
            JsonNode value = place.path(field);
            if (!value.isMissingNode() && !value.isNull() && !value.isContainerNode() && !value.asText().isBlank()) {
                return Optional.of(value.asText());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonNode node, String... path) {
        if (node == null) {
            return Optional.empty();
        }
        JsonNode at = node;
        for (String step : path) {
            at = at.path(step);
        }
        return at.isTextual() && !at.asText().isBlank() ? Optional.of(at.asText()) : Optional.empty();
    }

    private static Optional<String> name(JsonNode node) {
        Optional<String> given = find(node, "givenName");
        Optional<String> family = find(node, "familyName");
        if (given.isEmpty() && family.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((given.orElse("") + " " + family.orElse("")).strip());
    }

    private Optional<String> moment(String iso) {
        try {
            LocalDateTime at = LocalDateTime.parse(iso);
            return Optional.of(messages.get("inbox.case.moment", messages.longDate().format(at),
                    messages.time().format(at)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String masked(String number) {
        try {
            return NationalRegisterNumber.parse(number).masked();
        } catch (RuntimeException e) {
            return NONE;
        }
    }
}
