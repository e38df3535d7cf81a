package be.antwerpen.lom.client.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.client.testing.CrashingDeskMain;
import be.antwerpen.lom.client.testing.TestDesk;
import be.antwerpen.lom.model.sync.Commands;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk process killed hard (no shutdown, no close) between local saves: nothing lost, nothing doubled; and a
 * second program on its folder stops while it runs, but not after it was killed.
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    void a_second_desk_program_on_the_same_folder_stops_while_the_first_runs_and_starts_once_that_was_killed()
            throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingDeskMain.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as("the first program works").startsWith("SAVED ");
            assertThatThrownBy(() -> LocalDatabase.open(dir)).isInstanceOf(DataFolderInUseException.class)
                    .hasMessageContaining("another desk program");
        } finally {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        try (LocalDatabase afterTheKill = LocalDatabase.open(dir)) {
            int saved = afterTheKill.inTransaction(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM outbox")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(saved).as("the killed program's work is there").isPositive();
        }
    }

    @Test
    void a_desk_killed_between_local_save_and_push_keeps_every_saved_change_exactly_once() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingDeskMain.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> reportedTickets = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("SAVED ")) {
                    reportedTickets.add(line.split(" ")[2]);
                    if (reportedTickets.size() == 25) {
                        process.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(reportedTickets).hasSize(25);

        try (TestDesk restarted = new TestDesk(dir, Clock.system(ZoneId.of("Europe/Brussels")))) {
            List<OutboxEntry> outbox = restarted.agenda.outbox();
            List<String> storedTickets = outbox.stream()
                    .map(e -> ((Commands.RegisterWalkIn) e.payload()).ticketNumber()).toList();
            assertThat(storedTickets).containsAll(reportedTickets).doesNotHaveDuplicates();
            assertThat(outbox).extracting(OutboxEntry::sequence)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, outbox.size()).boxed().toList());
            // The restarted desk continues the same ranges without reusing a number.
            String next = restarted.actions.registerWalkIn("EID_APPLY",
                    be.antwerpen.lom.client.testing.TestAppointments.citizen("Mia", "Maes"));
            assertThat(storedTickets).doesNotContain(next);
            assertThat(restarted.agenda.outbox()).last().extracting(OutboxEntry::sequence)
                    .isEqualTo((long) outbox.size() + 1);
        }
    }
}
