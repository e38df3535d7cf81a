package be.antwerpen.lom.client.downtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.validation.DomainValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DowntimePackFolderTest {

    private static final DowntimePackRenderer RENDERER = DowntimePackRenderer.withEmbeddedFonts();

    @TempDir
    Path dataDir;

    @BeforeAll
    static void quiet() {
        QuietPdfBoxLogging.apply();
    }

    private void renderPack(DowntimePackFolder folder, LocalDate day) {
        DowntimePackRequest request = new DowntimePackRequest(PackTestData.ANTWERPEN, "Loket 1", day,
                day.minusDays(1).atTime(19, 45), day.minusDays(1).atTime(19, 40), List.of(), PackTestData.PRODUCTS,
                PackTestData.range(1, 10), List.of(), 0);
        RENDERER.render(request, folder.dayFolder("antwerpen", day));
    }

    @Test
    void day_folders_follow_the_documented_layout() {
        DowntimePackFolder folder = new DowntimePackFolder(dataDir);

        assertThat(folder.dayFolder("antwerpen", LocalDate.of(2026, 12, 12)))
                .isEqualTo(dataDir.resolve("downtime-pack").resolve("antwerpen").resolve("2026-12-12"));
    }

    @Test
    void a_location_id_that_could_leave_the_folder_is_refused() {
        DowntimePackFolder folder = new DowntimePackFolder(dataDir);

        assertThatThrownBy(() -> folder.dayFolder("../etc", LocalDate.of(2026, 12, 12)))
                .isInstanceOf(DomainValidationException.class);
    }

    @Test
    void latest_is_the_newest_complete_pack_and_incomplete_folders_are_ignored() throws IOException {
        DowntimePackFolder folder = new DowntimePackFolder(dataDir);
        renderPack(folder, LocalDate.of(2026, 12, 11));
        renderPack(folder, LocalDate.of(2026, 12, 12));
        Files.createDirectories(folder.dayFolder("antwerpen", LocalDate.of(2026, 12, 14)));

        StoredPack latest = folder.latest("antwerpen").orElseThrow();

        assertThat(latest.manifest().day()).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(latest.file("01-run-sheet.pdf")).exists();
        assertThat(folder.list("antwerpen")).extracting(pack -> pack.manifest().day())
                .containsExactly(LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 12));
        assertThat(folder.latest("deurne")).isEmpty();
    }

    @Test
    void pack_age_is_measured_from_the_data_and_from_generation() {
        DowntimePackFolder folder = new DowntimePackFolder(dataDir);
        renderPack(folder, LocalDate.of(2026, 12, 12));

        StoredPack pack = folder.forDay("antwerpen", LocalDate.of(2026, 12, 12)).orElseThrow();
        LocalDateTime now = LocalDateTime.of(2026, 12, 12, 9, 40);

        assertThat(pack.dataAge(now)).isEqualTo(Duration.ofHours(14));
        assertThat(pack.age(now)).isEqualTo(Duration.ofMinutes(13 * 60 + 55));
    }

    @Test
    void prune_deletes_older_days_and_left_over_staging_folders_only() throws IOException {
        DowntimePackFolder folder = new DowntimePackFolder(dataDir);
        renderPack(folder, LocalDate.of(2026, 12, 9));
        renderPack(folder, LocalDate.of(2026, 12, 10));
        renderPack(folder, LocalDate.of(2026, 12, 11));
        Path leftover = Files.createDirectories(folder.locationFolder("antwerpen")
                .resolve(".2026-12-11" + FolderSwap.STAGING_MARK + "dead"));
        Files.writeString(leftover.resolve("00-cover.pdf"), "half");

        int deleted = folder.prune("antwerpen", LocalDate.of(2026, 12, 11));

        assertThat(deleted).isEqualTo(3);
        assertThat(folder.list("antwerpen")).extracting(pack -> pack.manifest().day())
                .containsExactly(LocalDate.of(2026, 12, 11));
        assertThat(leftover).doesNotExist();
    }
}
