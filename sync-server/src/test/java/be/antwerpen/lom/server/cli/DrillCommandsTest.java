package be.antwerpen.lom.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.testing.Desk;
import be.antwerpen.lom.server.testing.Fixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillCommandsTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private static Options options(String... args) {
        return new Options(List.of(args), Set.of(), Map.of());
    }

    @Test
    void an_operator_plans_lists_and_cancels_a_drill_and_the_audit_trail_names_the_command_line(@TempDir Path dir) {
        try (Database db = Database.sqlite(dir.resolve("drill.db"))) {
            ServerComponents server = Fixture.components(db);
            Fixture.staff(server);
            new Desk(server, "deurne", "Loket 3", "agent.deurne");
            DrillCommands drills = new DrillCommands(server.drills(), new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertThatThrownBy(() -> drills.run("start", options("--location", "deurne", "--minutes", "999")))
                    .isInstanceOf(Refusal.class);
            assertThatThrownBy(() -> drills.run("start", options("--location", "deurne", "--starts-at", "tomorrow")))
                    .isInstanceOf(IllegalArgumentException.class);
            drills.run("start", options("--location", "deurne", "--minutes", "45"));
            Matcher id = Pattern.compile("Drill (\\S+) planned: RUNNING LOCATION deurne").matcher(out());
            assertThat(id.find()).as(out()).isTrue();
            drills.run("list", options());
            assertThat(out()).contains(id.group(1) + "  RUNNING LOCATION deurne").contains("1 desk(s), by cli");
            drills.run("cancel", options("--drill", id.group(1)));
            assertThat(server.drills().get(DrillCommands.OPERATOR, id.group(1)).state()).isEqualTo("CANCELLED");
            List<AuditEntry> audit = db.inSnapshot(c -> server.audit().search(c, "deurne", null, null,
                    List.of(id.group(1)), null, null, 10));
            assertThat(audit).extracting(AuditEntry::action).containsExactlyInAnyOrder("DrillStart", "DrillCancel");
            assertThat(audit).extracting(AuditEntry::actor).containsOnly("cli");
        }
    }

    private String out() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
