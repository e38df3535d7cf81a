package be.antwerpen.lom.client.rekey;

import be.antwerpen.lom.model.location.Closure;
import be.antwerpen.lom.model.location.OpeningBlock;
import be.antwerpen.lom.model.reference.ReferenceData;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Refuses a paper time outside the location's opening hours of that day (reference data). */
final class OpeningHoursCheck {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private OpeningHoursCheck() {
    }

    static void requireOpen(ReferenceData reference, String locationId, LocalDateTime at) {
        for (Closure closure : reference.closures()) {
            boolean here = closure.locationId() == null || closure.locationId().equals(locationId);
            if (here && !at.toLocalDate().isBefore(closure.from()) && !at.toLocalDate().isAfter(closure.to())) {
                throw new RekeyRefusedException("the location was closed on " + at.toLocalDate(),
                        "failure.rekey.closed", DAY.format(at.toLocalDate()));
            }
        }
        List<OpeningBlock> blocks = reference.schedule(locationId)
                .map(s -> s.blocksOn(at.getDayOfWeek()))
                .orElse(List.of());
        LocalTime time = at.toLocalTime();
        for (OpeningBlock block : blocks) {
            if (!time.isBefore(block.start()) && !time.isAfter(block.end())) {
                return;
            }
        }
        if (blocks.isEmpty()) {
            throw new RekeyRefusedException("the location was not open on " + at.toLocalDate(),
                    "failure.rekey.notOpen", DAY.format(at.toLocalDate()));
        }
        StringBuilder hours = new StringBuilder();
        for (OpeningBlock block : blocks) {
            hours.append(hours.length() == 0 ? "" : ", ").append(block.start().format(HH_MM)).append('-')
                    .append(block.end().format(HH_MM));
        }
        throw new RekeyRefusedException("the time " + time.format(HH_MM) + " lies outside the opening hours of "
                + at.toLocalDate() + " (" + hours + ")", "failure.rekey.outsideHours", time.format(HH_MM),
                DAY.format(at.toLocalDate()), hours.toString());
    }
}
