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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillCommandsTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private static final ServerCommandLine COMMAND_LINE = new ServerCommandLine(Map.of());

    /** The options of {@code drill ACTION ARGS} as the program's command line reads them. */
    private static Options options(String action, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = action;
        System.arraycopy(args, 0, all, 1, args.length);
        return COMMAND_LINE.options("drill", all);
    }

    @Test
    void an_operator_plans_lists_and_cancels_a_drill_and_the_audit_trail_names_the_command_line(@TempDir Path dir) {
        try (Database db = Database.sqlite(dir.resolve("drill.db"))) {
            ServerComponents server = Fixture.components(db);
            Fixture.staff(server);
            new Desk(server, "deurne", "Loket 3", "agent.deurne");
            DrillCommands drills = new DrillCommands(server.drills(), new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertThatThrownBy(() -> drills.run("start", options("start", "--location", "deurne", "--minutes", "999")))
                    .isInstanceOf(Refusal.class);
            assertThatThrownBy(() -> drills.run("start", options("start", "--location", "deurne", "--starts-at", "tomorrow")))
                    .isInstanceOf(IllegalArgumentException.class);
            drills.run("start", options("start", "--location", "deurne", "--minutes", "45"));
            Matcher id = Pattern.compile("Drill (\\S+) planned: RUNNING LOCATION deurne").matcher(out());
            assertThat(id.find()).as(out()).isTrue();
            drills.run("list", options("list"));
            assertThat(out()).contains(id.group(1) + "  RUNNING LOCATION deurne").contains("1 desk(s), by cli");
            drills.run("cancel", options("cancel", "--drill", id.group(1)));
            assertThat(server.drills().get(DrillCommands.OPERATOR, id.group(1)).state()).isEqualTo("CANCELLED");
            List<AuditEntry> audit = db.inSnapshot(c -> server.audit().search(c, "deurne", null, null,
                    List.of(id.group(1)), null, null, 10));
            assertThat(audit).extracting(AuditEntry::action).containsExactlyInAnyOrder("DrillStart", "DrillCancel");
            assertThat(audit).extracting(AuditEntry::actor).containsOnly("cli");
        }
    }

    @Test
    void the_command_line_reads_drill_start_cancel_and_list_with_generated_help() {
        assertThat(COMMAND_LINE.parse(new String[] {"drill", "start", "--location", "deurne", "--minutes", "45"},
                new PrintStream(printed, true, StandardCharsets.UTF_8))).get()
                .extracting(ServerCommandLine.Invocation::command).isEqualTo("drill start");
        assertThat(options("cancel", "--drill", "d-1").require("drill")).isEqualTo("d-1");
        assertThatThrownBy(() -> COMMAND_LINE.options("drill"))
                .hasMessage("drill needs one of start, cancel, list (drill --help lists them)");
        assertThatThrownBy(() -> options("list", "--minutes", "5"))
                .hasMessage("unknown option --minutes for list (--help lists the options)");
        assertThatThrownBy(() -> options("stop"))
                .hasMessageContaining("stop");

        PrintStream print = new PrintStream(printed, true, StandardCharsets.UTF_8);
        assertThat(COMMAND_LINE.parse(new String[] {"--help"}, print)).isEmpty();
        assertThat(COMMAND_LINE.parse(new String[] {"drill", "--help"}, print)).isEmpty();
        assertThat(COMMAND_LINE.parse(new String[] {"drill", "start", "--help"}, print)).isEmpty();
        assertThat(out()).contains("drill", "Outage drills", "start", "cancel", "list")
                .contains("--starts-at=TIME", "--minutes=MINUTES", "--db=JDBC_URL");
    }

    private String out() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
