package be.antwerpen.lom.client.testing;

import be.antwerpen.lom.model.slot.Slot;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The first offered slot on a day after today with at least two free seats. A test that took the very first slot
 * failed when that slot started while the test ran (it starts within minutes during opening hours); one on a later
 * day stays bookable for the whole test.
 */
public final class LaterSlot {

    private LaterSlot() {
    }

    public static Slot of(List<Slot> offered, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return offered.stream().filter(s -> s.start().toLocalDate().isAfter(today) && s.free() >= 2).findFirst()
                .orElseThrow(() -> new AssertionError("no slot with two free seats after today"));
    }
}
