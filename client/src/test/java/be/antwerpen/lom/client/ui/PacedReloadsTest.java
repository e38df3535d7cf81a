package be.antwerpen.lom.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pacing of a screen's reloads on a clock the test moves and a timer it fires: what the event thread would
 * see during a catch-up (a sync change after every batch) and when a person acts meanwhile.
 */
class PacedReloadsTest {

    private static final Duration PAUSE = Duration.ofMillis(500);

    private long now;
    private final List<Runnable> running = new ArrayList<>();
    private final List<Duration> timerDelays = new ArrayList<>();
    private final List<Runnable> timers = new ArrayList<>();
    private int started;
    private final PacedReloads reloads = new PacedReloads(PAUSE, (delay, action) -> {
        timerDelays.add(delay);
        timers.add(action);
    }, () -> now, ended -> {
        started++;
        running.add(ended);
    });

    @Test
    void the_first_sync_change_loads_at_once_and_changes_during_the_load_are_served_by_one_load_after_the_pause() {
        reloads.afterSync();
        assertThat(started).isEqualTo(1);

        reloads.afterSync();
        reloads.afterSync();
        reloads.afterSync();
        assertThat(started).as("one load at a time").isEqualTo(1);

        now += ms(100);
        endLoad();
        assertThat(started).as("not before the pause").isEqualTo(1);
        assertThat(timerDelays).containsExactly(PAUSE);

        now += PAUSE.toNanos();
        fireTimers();
        assertThat(started).as("three changes, one load").isEqualTo(2);
        endLoad();
        assertThat(timers).as("nothing left to load").isEmpty();
    }

    @Test
    void a_change_made_here_during_a_paced_catch_up_is_loaded_as_soon_as_the_running_load_ends() {
        reloads.afterSync();
        endLoad();
        reloads.afterSync();
        assertThat(started).isEqualTo(1);
        assertThat(timers).as("the sync change waits for the pause").hasSize(1);

        reloads.now();
        assertThat(started).as("the person's change does not wait for the pause").isEqualTo(2);
        reloads.now();
        assertThat(started).isEqualTo(2);
        endLoad();
        assertThat(started).as("a request during the load runs right after it").isEqualTo(3);
        endLoad();

        now += PAUSE.toNanos();
        fireTimers();
        assertThat(started).as("the sync change was served by the loads that read everything").isEqualTo(3);
    }

    @Test
    void the_last_sync_change_is_always_loaded() {
        int[] version = {0};
        int[] loadedVersion = {-1};
        List<Runnable> ends = new ArrayList<>();
        PacedReloads paced = new PacedReloads(PAUSE, (delay, action) -> timers.add(action), () -> now, ended -> {
            loadedVersion[0] = version[0];
            ends.add(ended);
        });
        int loads = 0;
        for (int batch = 0; batch < 20; batch++) {
            version[0]++;
            paced.afterSync();
            now += ms(50);
            if (!ends.isEmpty()) {
                ends.remove(0).run();
                loads++;
            }
            if (batch % 5 == 4) {
                fireTimers();
            }
        }
        while (!ends.isEmpty() || !timers.isEmpty()) {
            now += ms(100);
            fireTimers();
            if (!ends.isEmpty()) {
                ends.remove(0).run();
                loads++;
            }
        }
        assertThat(paced.loading()).isFalse();
        assertThat(loadedVersion[0]).as("the last change was loaded").isEqualTo(version[0]);
        assertThat(loads).as("fewer loads than changes").isLessThan(20);

        now += Duration.ofSeconds(10).toNanos();
        version[0]++;
        paced.afterSync();
        assertThat(loadedVersion[0]).as("a change after a quiet spell loads at once").isEqualTo(version[0]);
    }

    @Test
    void after_a_slow_load_the_pause_is_twice_the_load() {
        reloads.afterSync();
        now += ms(800);
        reloads.afterSync();
        endLoad();
        assertThat(timerDelays).containsExactly(Duration.ofMillis(1_600));
    }

    @Test
    void unpaced_reloads_run_one_at_a_time_without_a_timer() {
        List<Runnable> ends = new ArrayList<>();
        PacedReloads plain = PacedReloads.unpaced(ends::add);
        plain.afterSync();
        plain.afterSync();
        assertThat(ends).hasSize(1);
        ends.remove(0).run();
        assertThat(ends).as("served right after the running load").hasSize(1);
    }

    @Test
    void without_a_pause_a_reload_after_a_slow_load_starts_at_once() {
        long[] clock = {0};
        List<Runnable> ends = new ArrayList<>();
        List<Duration> waits = new ArrayList<>();
        PacedReloads plain = new PacedReloads(Duration.ZERO, (delay, action) -> {
            waits.add(delay);
            action.run();
        }, () -> clock[0], ends::add);
        plain.now();
        clock[0] += ms(800);
        ends.remove(0).run();

        plain.afterSync();

        assertThat(waits).as("no wait, so no timer that re-enters at once (it overflowed the stack)").isEmpty();
        assertThat(ends).as("the reload started").hasSize(1);
    }

    private void endLoad() {
        running.remove(0).run();
    }

    private void fireTimers() {
        List<Runnable> due = new ArrayList<>(timers);
        timers.clear();
        due.forEach(Runnable::run);
    }

    private static long ms(long millis) {
        return Duration.ofMillis(millis).toNanos();
    }
}
