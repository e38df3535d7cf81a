package be.antwerpen.lom.model.product;

import be.antwerpen.lom.model.location.LocationKind;
import be.antwerpen.lom.model.validation.Require;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A service a citizen can book at a counter.
 *
 * @param code            stable code, upper case, e.g. {@code EID_APPLY}
 * @param name            Dutch display name
 * @param theme           identity, mobility, housing or life events
 * @param durationMinutes how long the service takes at the desk; a multiple of the slot grid
 * @param offeredAt       which kinds of location offer it at the counter
 * @param otherChannels   other channels through which it can also be obtained
 * @param checklist       what the desk must check or collect (printed on intake forms)
 * @param showFullRegisterNumber whether the intake form may show the full register number
 */
public record Product(
        String code,
        String name,
        ProductTheme theme,
        int durationMinutes,
        Set<LocationKind> offeredAt,
        Set<Channel> otherChannels,
        List<String> checklist,
        boolean showFullRegisterNumber) {

    public Product {
        code = Require.text(code, "code", 40);
        Require.that(code.matches("[A-Z0-9_]+"), "code", "product code must be upper-case letters, digits or '_'");
        name = Require.text(name, "name", 120);
        Require.present(theme, "theme");
        Require.positive(durationMinutes, "durationMinutes");
        Require.that(durationMinutes <= 240, "durationMinutes", "a product cannot take more than 4 hours");
        offeredAt = Set.copyOf(Require.notEmpty(offeredAt, "offeredAt"));
        otherChannels = otherChannels == null ? Set.of() : Set.copyOf(otherChannels);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public boolean isOfferedAt(LocationKind kind) {
        return offeredAt.contains(kind);
    }
}
