package be.antwerpen.lom.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.EnrollmentResponse;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.server.testing.Fixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preparing many desks from a list, and listing devices for other tools. */
class DeskRolloutTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private Database db;
    private ServerComponents server;
    private AdminCommands admin;

    @BeforeEach
    void open() {
        db = Database.sqlite(dir.resolve("rollout.db"));
        server = Fixture.components(db);
        admin = new AdminCommands(server, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Options options(String command, String... args) {
        return new ServerCommandLine(Map.of()).options(command, args);
    }

    private Path list(String text) throws Exception {
        Path file = dir.resolve("desks.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private long codesStored() {
        return db.inSnapshot(c -> Rows.one(c, "SELECT COUNT(*) FROM enrollment_codes", rs -> rs.getLong(1)))
                .orElseThrow();
    }

    @Test
    void a_list_of_desks_gives_one_code_each_that_enrolls_that_desk() throws Exception {
        Path desks = list("location,desk\nantwerpen,Loket 1\nantwerpen,Loket 2\ndeurne,\"Loket 1, rechts\"\n");

        admin.issueEnrollmentCodes(options("issue-enrollment-codes", "--csv", desks.toString()));

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("location,desk,code,expiresAt");
        assertThat(lines).hasSize(4);
        String[] third = lines.get(3).split(",");
        String code = third[third.length - 2];
        EnrollmentResponse enrolled = server.enrollment().enroll(new EnrollmentRequest(code, "pc"));
        assertThat(enrolled.locationId()).isEqualTo("deurne");
        assertThat(enrolled.deskName()).isEqualTo("Loket 1, rechts");
    }

    @Test
    void the_codes_can_be_written_as_json() throws Exception {
        admin.issueEnrollmentCodes(options("issue-enrollment-codes", "--csv", list("desk,location\nLoket 9,merksem\n").toString(),
                "--format", "json"));

        JsonNode out = server.json().readTree(printed.toString(StandardCharsets.UTF_8));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).path("location").asText()).isEqualTo("merksem");
        assertThat(out.get(0).path("code").asText()).hasSize(12);
    }

    @Test
    void a_list_with_any_bad_row_issues_nothing_and_names_every_problem() throws Exception {
        Path desks = list("location,desk\nantwerpen,Loket 1\nnergens,Loket 2\ndeurne,\nantwerpen,Loket 1\n");

        assertThatThrownBy(() -> admin.issueEnrollmentCodes(options("issue-enrollment-codes", "--csv", desks.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing was issued")
                .hasMessageContaining("line 3: unknown location 'nergens'")
                .hasMessageContaining("line 4: a desk name")
                .hasMessageContaining("line 5: antwerpen / Loket 1 is listed twice");
        assertThat(codesStored()).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void an_empty_list_or_an_unknown_format_is_refused_before_anything_is_issued() throws Exception {
        Path empty = list("location,desk\n");
        Path one = dir.resolve("one.csv");
        Files.writeString(one, "location,desk\nantwerpen,Loket 4\n");

        assertThatThrownBy(() -> admin.issueEnrollmentCodes(options("issue-enrollment-codes", "--csv", empty.toString())))
                .hasMessageContaining("holds no desks");
        assertThatThrownBy(() -> admin.issueEnrollmentCodes(options("issue-enrollment-codes", "--csv", one.toString(), "--format", "xml")))
                .hasMessageContaining("unknown format");
        assertThat(codesStored()).isZero();
    }

    @Test
    void devices_are_listed_as_json_and_csv_with_their_status() throws Exception {
        String code = server.enrollment().issue(null, "wilrijk", "Loket 2", java.time.Duration.ofHours(1), "test");
        EnrollmentResponse device = server.enrollment().enroll(new EnrollmentRequest(code, "pc-12"));
        admin.revokeDevice(options("revoke-device", "--device", device.deviceId()));
        printed.reset();

        admin.listDevices(options("list-devices", "--format", "json"));
        JsonNode json = server.json().readTree(printed.toString(StandardCharsets.UTF_8));
        printed.reset();
        admin.listDevices(options("list-devices", "--format", "csv"));
        String csv = printed.toString(StandardCharsets.UTF_8);

        assertThat(json).singleElement().satisfies(d -> {
            assertThat(d.path("deviceId").asText()).isEqualTo(device.deviceId());
            assertThat(d.path("location").asText()).isEqualTo("wilrijk");
            assertThat(d.path("desk").asText()).isEqualTo("Loket 2");
            assertThat(d.path("status").asText()).isEqualTo("revoked");
        });
        assertThat(csv.lines().findFirst()).contains(
                "deviceId,location,desk,deviceName,enrolledAt,lastSeenAt,lastSequence,status");
        assertThat(csv).contains(device.deviceId()).contains("revoked");
        assertThat(csv).doesNotContain(device.deviceSecret());
    }
}
