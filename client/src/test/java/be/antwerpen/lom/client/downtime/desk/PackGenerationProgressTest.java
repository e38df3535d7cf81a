package be.antwerpen.lom.client.downtime.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackGenerationProgressTest {

    @Test
    void relays_each_finished_part_to_the_current_observer() {
        PackGenerationProgress progress = new PackGenerationProgress();
        progress.progressed("00-cover.pdf", 1, 5);
        List<String> seen = new ArrayList<>();
        progress.observe((done, total) -> seen.add(done + "/" + total));

        progress.progressed("01-run-sheet.pdf", 2, 5);
        progress.progressed("pack.json", 5, 5);

        assertThat(seen).containsExactly("2/5", "5/5");
    }
}
