package be.antwerpen.lom.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.sync.Change;
import be.antwerpen.lom.model.sync.ChangeType;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestChangesTest {

    private static Change change(long sequence, ChangeType type, String id) {
        return new Change(sequence, type, id, TextNode.valueOf(id + "@" + sequence));
    }

    @Test
    void eachRecordComesOnceWithItsLatestChangeInTheOrderOfThoseChanges() {
        LatestChanges page = new LatestChanges(10, 40);
        for (Change change : List.of(change(1, ChangeType.APPOINTMENT, "a"), change(2, ChangeType.APPOINTMENT, "b"),
                change(3, ChangeType.APPOINTMENT, "a"), change(4, ChangeType.OCCUPANCY, "a"),
                change(5, ChangeType.APPOINTMENT, "c"))) {
            assertThat(page.add(change)).isTrue();
        }

        assertThat(page.latest()).extracting(Change::sequence).containsExactly(2L, 3L, 4L, 5L);
        assertThat(page.changesInRange()).isEqualTo(5);
        assertThat(page.lastSequence(0)).isEqualTo(5);
        assertThat(page.full()).isFalse();
    }

    @Test
    void theRangeEndsBeforeTheFirstChangeOfARecordThePageHasNoRoomFor() {
        LatestChanges page = new LatestChanges(2, 8);

        assertThat(page.add(change(7, ChangeType.APPOINTMENT, "a"))).isTrue();
        assertThat(page.add(change(8, ChangeType.APPOINTMENT, "b"))).isTrue();
        assertThat(page.add(change(9, ChangeType.APPOINTMENT, "a"))).isTrue();
        assertThat(page.add(change(10, ChangeType.APPOINTMENT, "c"))).isFalse();
        // once full, nothing more joins the range, not even a record it already names
        assertThat(page.add(change(11, ChangeType.APPOINTMENT, "b"))).isFalse();

        assertThat(page.full()).isTrue();
        assertThat(page.lastSequence(0)).isEqualTo(9);
        assertThat(page.latest()).extracting(Change::sequence).containsExactly(8L, 9L);
    }

    @Test
    void anEmptyRangeEndsWhereItStarted() {
        LatestChanges page = new LatestChanges(1, 4);

        assertThat(page.lastSequence(42)).isEqualTo(42);
        assertThat(page.latest()).isEmpty();
    }

    @Test
    void theRangeEndsWhenItHoldsTheMostChangesItMay() {
        LatestChanges page = new LatestChanges(2, 3);

        assertThat(page.add(change(1, ChangeType.APPOINTMENT, "a"))).isTrue();
        assertThat(page.add(change(2, ChangeType.APPOINTMENT, "a"))).isTrue();
        assertThat(page.add(change(3, ChangeType.APPOINTMENT, "a"))).isTrue();
        assertThat(page.add(change(4, ChangeType.APPOINTMENT, "a"))).isFalse();

        assertThat(page.full()).isTrue();
        assertThat(page.lastSequence(0)).isEqualTo(3);
        assertThat(page.latest()).extracting(Change::sequence).containsExactly(3L);
    }
}
