package be.antwerpen.lom.client.rekey;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.testing.SettableClock;
import be.antwerpen.lom.client.downtime.RenderedPack;
import be.antwerpen.lom.client.downtime.SerialRange;
import be.antwerpen.lom.client.downtime.desk.DowntimePackSchedule;
import be.antwerpen.lom.client.sync.SyncPhase;
import be.antwerpen.lom.client.sync.SyncStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the desk makes its downtime pack: after a sync that changed data, and every evening for the next day. */
class DowntimePackScheduleTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock(MONDAY.atTime(9, 0).atZone(BRUSSELS).toInstant(), BRUSSELS);
    private final List<RenderedPack> made = new ArrayList<>();
    private final AtomicInteger leases = new AtomicInteger();
    private final List<Runnable> backgroundJobs = new ArrayList<>();
    private PaperDesk paper;
    private DowntimePackSchedule schedule;

    @BeforeEach
    void setUp() {
        paper = new PaperDesk(dir, clock);
        schedule = new DowntimePackSchedule(paper.generator, paper.desk.store.database(), paper.serials,
                count -> {
                    int n = leases.getAndIncrement();
                    return new SerialRange("ANT-W", 1 + n * count, (n + 1) * count);
                }, backgroundJobs::add, clock, LocalTime.of(19, 0), (step, done, total) -> { }, made::add);
    }

    @AfterEach
    void tearDown() {
        paper.close();
    }

    private void runBackground() {
        List<Runnable> jobs = new ArrayList<>(backgroundJobs);
        backgroundJobs.clear();
        jobs.forEach(Runnable::run);
    }

    private static SyncStatus synced(long dataVersion) {
        return new SyncStatus(SyncPhase.ONLINE, null, 0, 0, 0, Instant.parse("2026-11-30T07:59:00Z"), 0L, 0,
                dataVersion);
    }

    @Test
    void a_sync_that_changed_the_agenda_regenerates_todays_pack_in_the_background_with_the_new_appointment() {
        schedule.syncStatusChanged(synced(1));
        runBackground();
        assertThat(made).singleElement().satisfies(p -> assertThat(p.manifest().appointments()).isEmpty());

        paper.book("NEW123", MONDAY.atTime(PaperDesk.openTime(MONDAY)), "Zoë", "Çelik");
        schedule.syncStatusChanged(synced(2));
        assertThat(made).as("nothing is made on the calling thread").hasSize(1);
        runBackground();

        assertThat(made).hasSize(2);
        assertThat(made.get(1).manifest().day()).isEqualTo(MONDAY);
        assertThat(made.get(1).manifest().appointmentCodes()).containsExactly("NEW123");
        assertThat(paper.folder.latest("antwerpen")).isPresent();
        assertThat(leases).as("serials were leased once, when the desk had none").hasValue(1);
    }

    @Test
    void a_sync_without_changes_or_while_offline_makes_no_pack() {
        schedule.syncStatusChanged(synced(4));
        runBackground();
        schedule.syncStatusChanged(synced(4));
        schedule.syncStatusChanged(new SyncStatus(SyncPhase.OFFLINE, Instant.now(), 0, 0, 0, null, null, 0, 5));
        runBackground();

        assertThat(made).hasSize(1);
    }

    @Test
    void once_the_desk_closes_a_pack_already_asked_for_is_not_made_and_no_new_one_is_asked_for() {
        schedule.syncStatusChanged(synced(1));
        schedule.stop();
        runBackground();
        schedule.syncStatusChanged(synced(2));
        clock.set(MONDAY.atTime(19, 5).atZone(BRUSSELS).toInstant());
        schedule.tick();
        runBackground();

        assertThat(made).isEmpty();
        assertThat(paper.folder.latest("antwerpen")).isEmpty();
    }

    @Test
    void stopping_waits_for_the_pack_being_written_and_ends_the_schedules_own_generation_thread() throws Exception {
        ExecutorService own = Executors.newSingleThreadExecutor();
        CountDownLatch writing = new CountDownLatch(1);
        DowntimePackSchedule ownThread = new DowntimePackSchedule(paper.generator, paper.desk.store.database(),
                paper.serials, count -> new SerialRange("ANT-W", 1, count), own, clock, LocalTime.of(19, 0),
                (step, done, total) -> writing.countDown(), made::add);
        ownThread.syncStatusChanged(synced(1));
        assertThat(writing.await(30, TimeUnit.SECONDS)).as("the pack is being made").isTrue();

        ownThread.stop();

        assertThat(made).as("the pack being written was finished before stop returned").hasSize(1);
        assertThat(paper.folder.latest("antwerpen")).isPresent();
        assertThat(own.isShutdown()).isTrue();
        assertThat(own.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void every_evening_from_seven_the_pack_for_the_next_day_is_made_once() {
        paper.lease(new SerialRange("ANT-W", 500, 699));
        schedule.tick();
        runBackground();
        assertThat(made).as("not before the evening").isEmpty();

        clock.set(MONDAY.atTime(19, 5).atZone(BRUSSELS).toInstant());
        schedule.tick();
        runBackground();
        schedule.tick();
        runBackground();

        assertThat(made).singleElement().satisfies(p -> assertThat(p.manifest().day()).isEqualTo(MONDAY.plusDays(1)));
        assertThat(leases).as("enough serials were held").hasValue(0);

        clock.set(MONDAY.plusDays(1).atTime(19, 30).atZone(BRUSSELS).toInstant());
        schedule.tick();
        runBackground();
        assertThat(made).hasSize(2);
        assertThat(made.get(1).manifest().day()).isEqualTo(MONDAY.plusDays(2));
        assertThat(made.get(1).manifest().serialsIssued()).doesNotContainAnyElementsOf(made.get(0).manifest().serialsIssued());
    }

    @Test
    void a_sync_on_a_closed_sunday_makes_the_pack_of_monday_and_no_blank_forms_for_sunday() {
        LocalDate sunday = LocalDate.of(2026, 12, 6);
        clock.set(sunday.atTime(10, 0).atZone(BRUSSELS).toInstant());
        paper.lease(new SerialRange("ANT-W", 500, 699));

        schedule.syncStatusChanged(synced(1));
        runBackground();

        assertThat(made).singleElement().satisfies(p -> {
            assertThat(p.manifest().day()).isEqualTo(sunday.plusDays(1));
            assertThat(p.manifest().walkInForms()).isNotEmpty();
        });
        assertThat(paper.generator.generate(sunday, (step, done, total) -> { }))
                .as("asked directly, a closed day gets no pack either").isEmpty();
        assertThat(paper.folder.forDay("antwerpen", sunday)).isEmpty();
    }

    @Test
    void the_evening_before_christmas_makes_the_pack_of_the_next_open_day_after_the_public_and_city_holidays() {
        LocalDate christmasEve = LocalDate.of(2026, 12, 24); // Thursday; 25th public holiday, 26th city holiday
        paper.lease(new SerialRange("ANT-W", 500, 699));
        clock.set(christmasEve.atTime(19, 30).atZone(BRUSSELS).toInstant());

        schedule.tick();
        runBackground();

        assertThat(made).singleElement()
                .satisfies(p -> assertThat(p.manifest().day()).isEqualTo(LocalDate.of(2026, 12, 28)));
    }

    @Test
    void an_open_day_still_gets_its_own_pack() {
        assertThat(paper.generator.packDayFrom(MONDAY)).isEqualTo(MONDAY);
        assertThat(paper.generator.packDayFrom(MONDAY.minusDays(1))).isEqualTo(MONDAY);
    }

    @Test
    void an_old_pack_stays_while_a_form_is_still_to_enter_and_goes_once_all_are_entered_or_the_server_no_longer_accepts_it() {
        paper.lease(new SerialRange("ANT-W", 500, 699));
        LocalDate tuesday = MONDAY.plusDays(1);
        paper.book("MON123", MONDAY.atTime(PaperDesk.openTime(MONDAY)), "Zoë", "Çelik");
        RenderedPack monday = paper.generator.generate(MONDAY, (step, done, total) -> { }).orElseThrow();
        paper.generator.generate(tuesday, (step, done, total) -> { }).orElseThrow();
        paper.desk.store.database().inTransaction(c -> {
            for (String code : monday.manifest().appointmentCodes()) {
                paper.forms.insert(c, "A:" + code, UUID.randomUUID(), clock.instant());
            }
            for (var form : monday.manifest().walkInForms()) {
                paper.forms.insert(c, "W:" + form.serial(), UUID.randomUUID(), clock.instant());
            }
            return null;
        });

        LocalDate thursday = MONDAY.plusDays(3);
        clock.set(thursday.atTime(9, 0).atZone(BRUSSELS).toInstant());
        schedule.syncStatusChanged(synced(1));
        runBackground();

        assertThat(made).singleElement().satisfies(p -> assertThat(p.manifest().day()).isEqualTo(thursday));
        assertThat(paper.folder.forDay("antwerpen", MONDAY)).as("every form entered").isEmpty();
        assertThat(paper.folder.forDay("antwerpen", tuesday)).as("its blank forms are still to enter").isPresent();

        LocalDate weeksLater = LocalDate.of(2027, 1, 4); // a Monday, 34 days after that Tuesday
        clock.set(weeksLater.atTime(9, 0).atZone(BRUSSELS).toInstant());
        schedule.syncStatusChanged(synced(2));
        runBackground();

        assertThat(made).hasSize(2);
        assertThat(paper.folder.list("antwerpen")).extracting(p -> p.manifest().day())
                .as("older than the server accepts paper for").containsExactly(weeksLater);
    }
}
