package be.antwerpen.lom.client.ui.today;

import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.location.Closure;
import be.antwerpen.lom.model.location.OpeningBlock;
import be.antwerpen.lom.model.reference.OpeningCalendar;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

/** Words the closed day for the Today screen: why it is closed and when the location opens next. */
final class ClosedDayNotice {

    private final OpeningCalendar calendar;
    private final Messages messages;

    ClosedDayNotice(OpeningCalendar calendar, Messages messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    /** Empty when the location is open on {@code day}. */
    Optional<String> on(LocalDate day) {
        if (calendar.openOn(day)) {
            return Optional.empty();
        }
        String why = calendar.closure(day).map(Closure::description).filter(d -> !d.isBlank())
                .map(d -> messages.get("today.closed.because", d)).orElse("");
        String next = calendar.nextOpenDayAfter(day)
                .map(open -> messages.get("today.closed.next", messages.longDate().format(open.date()),
                        open.blocks().stream().map(this::hours)
                                .collect(Collectors.joining(messages.get("today.closed.and")))))
                .orElse(messages.get("today.closed.noNext"));
        return Optional.of(messages.get("today.closed", why, next));
    }

    private String hours(OpeningBlock block) {
        return block.start().format(messages.time()) + "\u2013" + block.end().format(messages.time());
    }
}
