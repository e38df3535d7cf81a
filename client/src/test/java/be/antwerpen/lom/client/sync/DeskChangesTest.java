package be.antwerpen.lom.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.change.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeskChangesTest {

    private final AtomicInteger sendRequests = new AtomicInteger();
    private final DeskChanges changes = new DeskChanges(sendRequests::incrementAndGet);

    @Test
    void a_status_follower_gets_the_latest_status_at_once_and_every_later_one() {
        changes.syncStatusChanged(status(SyncPhase.OFFLINE, 0));
        List<SyncStatus> seen = new ArrayList<>();

        changes.onStatus(seen::add);
        changes.syncStatusChanged(status(SyncPhase.ONLINE, 0));

        assertThat(seen).extracting(SyncStatus::phase).containsExactly(SyncPhase.OFFLINE, SyncPhase.ONLINE);
    }

    @Test
    void only_a_status_whose_data_version_moved_is_a_data_change() {
        changes.syncStatusChanged(status(SyncPhase.ONLINE, 3));
        List<DeskChanges.DataChange> seen = new ArrayList<>();
        changes.onDataChanged(seen::add);

        changes.syncStatusChanged(status(SyncPhase.SYNCING, 3));
        changes.syncStatusChanged(status(SyncPhase.ONLINE, 4));
        changes.syncStatusChanged(status(SyncPhase.ONLINE, 4));

        assertThat(seen).containsExactly(DeskChanges.DataChange.SYNCED);
    }

    @Test
    void a_local_write_is_a_data_change_and_asks_the_sync_to_send_soon() {
        List<DeskChanges.DataChange> seen = new ArrayList<>();
        changes.onDataChanged(seen::add);

        changes.localWrite();

        assertThat(seen).containsExactly(DeskChanges.DataChange.LOCAL);
        assertThat(sendRequests).hasValue(1);
    }

    @Test
    void a_closed_subscription_hears_nothing_more_and_a_failing_follower_does_not_stop_the_others() {
        List<DeskChanges.DataChange> seen = new ArrayList<>();
        Subscription closed = changes.onDataChanged(seen::add);
        changes.onDataChanged(change -> {
            throw new IllegalStateException("a broken view");
        });
        List<DeskChanges.DataChange> other = new ArrayList<>();
        changes.onDataChanged(other::add);

        closed.close();
        changes.localWrite();

        assertThat(seen).isEmpty();
        assertThat(other).containsExactly(DeskChanges.DataChange.LOCAL);
    }

    private static SyncStatus status(SyncPhase phase, long dataVersion) {
        return new SyncStatus(phase, null, 0, 0, 0, null, null, 0, dataVersion);
    }
}
