package be.antwerpen.lom.model.location;

import be.antwerpen.lom.model.validation.DomainValidationException;
import be.antwerpen.lom.model.validation.Require;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;

/**
 * The weekly opening hours of one location: non-overlapping blocks, sorted by day and start.
 */
public record WeeklySchedule(String locationId, List<OpeningBlock> blocks) {

    public WeeklySchedule {
        Require.text(locationId, "locationId", 40);
        blocks = List.copyOf(Require.present(blocks, "blocks")).stream()
                .sorted(Comparator.comparing(OpeningBlock::day).thenComparing(OpeningBlock::start))
                .toList();
        for (int i = 1; i < blocks.size(); i++) {
            if (blocks.get(i - 1).overlaps(blocks.get(i))) {
                throw new DomainValidationException("blocks",
                        "opening blocks of " + locationId + " overlap on " + blocks.get(i).day());
            }
        }
    }

    public List<OpeningBlock> blocksOn(DayOfWeek day) {
        return blocks.stream().filter(b -> b.day() == day).toList();
    }

    /** Number of distinct weekdays with at least one block. */
    public long openDays() {
        return blocks.stream().map(OpeningBlock::day).distinct().count();
    }

    /** Number of distinct weekdays with an evening opening. */
    public long eveningOpenings() {
        return blocks.stream().filter(OpeningBlock::evening).map(OpeningBlock::day).distinct().count();
    }
}
