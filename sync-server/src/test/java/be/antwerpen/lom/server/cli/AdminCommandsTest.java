package be.antwerpen.lom.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.EnrollmentResponse;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.refusal.Refusal;
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

class AdminCommandsTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private static Options options(String command, String... args) {
        return new ServerCommandLine(Map.of("LOM_NEW_PASSWORD", "a-long-enough-password")).options(command, args);
    }

    @Test
    void an_administrator_creates_staff_issues_a_code_and_revokes_the_device(@TempDir Path dir) {
        try (Database db = Database.sqlite(dir.resolve("admin.db"))) {
            ServerComponents server = Fixture.components(db);
            AdminCommands admin = new AdminCommands(server, new PrintStream(printed, true, StandardCharsets.UTF_8));

            admin.createStaff(options("create-staff", "--username", "jan.peeters", "--role", "supervisor", "--locations", "deurne"));
            admin.issueEnrollmentCode(options("issue-enrollment-code", "--location", "deurne", "--desk", "Loket 3"));
            Matcher code = Pattern.compile("\\): (\\S+)").matcher(printed.toString(StandardCharsets.UTF_8));
            assertThat(code.find()).isTrue();
            EnrollmentResponse device = server.enrollment().enroll(new EnrollmentRequest(code.group(1), "pc"));
            admin.listDevices();
            admin.revokeDevice(options("revoke-device", "--device", device.deviceId()));

            assertThat(server.login().login(new LoginRequest("jan.peeters", "a-long-enough-password")).staff().role())
                    .isEqualTo(StaffRole.SUPERVISOR);
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains(device.deviceId()).contains("revoked");
            assertThatThrownBy(() -> server.authenticator().device(device.deviceId(), device.deviceSecret()))
                    .isInstanceOfSatisfying(Refusal.class, p -> assertThat(p.code()).isEqualTo("device_revoked"));
        }
    }

    @Test
    void an_administrator_sets_a_seat_lease_policy_and_reads_the_day_capacity(@TempDir Path dir) {
        try (Database db = Database.sqlite(dir.resolve("admin.db"))) {
            ServerComponents server = Fixture.components(db);
            AdminCommands admin = new AdminCommands(server, new PrintStream(printed, true, StandardCharsets.UTF_8));

            admin.setSeatLeasePolicy(options("set-seat-lease-policy", "--location", "deurne", "--own-seats", "5", "--silence-hours", "12"));
            admin.seatCapacity(options("seat-capacity", "--location", "deurne", "--from", "2026-12-14", "--to", "2026-12-15"));

            assertThat(server.seatLeases().policy("deurne").ownSeatsPerDesk()).isEqualTo(5);
            assertThat(server.seatLeases().policy("deurne").silenceHours()).isEqualTo(12);
            assertThat(server.seatLeases().policy("deurne").otherSeatsPerDesk()).isEqualTo(1);
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("5 seats a day per own desk")
                    .contains("2026-12-14").contains("LEASED");
            assertThatThrownBy(() -> admin.setSeatLeasePolicy(options("set-seat-lease-policy", "--location", "deurne", "--max-share-percent",
                    "90"))).hasMessageContaining("maxSharePercent");
            assertThat(server.seatLeases().policy("deurne").maxSharePercent()).isEqualTo(15);
            assertThatThrownBy(() -> admin.setSeatLeasePolicy(options("set-seat-lease-policy", "--location", "nowhere")))
                    .hasMessageContaining("unknown location");
        }
    }

    @Test
    void options_fall_back_to_environment_variables() {
        Options o = new ServerCommandLine(Map.of("LOM_DB_URL", "jdbc:postgresql://db/lom", "LOM_PORT", "1"))
                .options("serve", "--port", "9090", "--demo");

        assertThat(o.intValue("port", 8080)).isEqualTo(9090);
        assertThat(o.get("db-url", null)).isEqualTo("jdbc:postgresql://db/lom");
        assertThat(o.flag("demo")).isTrue();
        assertThat(o.flag("allow-plain-http")).isFalse();
        assertThatThrownBy(() -> new ServerCommandLine(Map.of()).options("serve", "--port"))
                .hasMessage("--port needs a value");
    }

    @Test
    void short_passwords_and_unknown_locations_are_refused(@TempDir Path dir) {
        try (Database db = Database.sqlite(dir.resolve("admin.db"))) {
            ServerComponents server = Fixture.components(db);
            AdminCommands admin = new AdminCommands(server, new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertThatThrownBy(() -> admin.createStaff(new ServerCommandLine(Map.of("LOM_NEW_PASSWORD", "short"))
                    .options("create-staff", "--username", "x.y"))).hasMessageContaining("12 characters");
            assertThatThrownBy(() -> admin.issueEnrollmentCode(options("issue-enrollment-code", "--location", "gent", "--desk", "L")))
                    .hasMessageContaining("unknown location");
            assertThatThrownBy(() -> admin.issueEnrollmentCode(options("issue-enrollment-code", "--location", "deurne",
                    "--desk", "Loket 3", "--code", "7", "--valid-hours", "1"))).hasMessageContaining("at least 12");
            assertThatThrownBy(() -> admin.issueEnrollmentCode(options("issue-enrollment-code", "--location", "deurne",
                    "--desk", "Loket 3", "--valid-hours", "100000"))).hasMessageContaining("at most 30 days");
            assertThatThrownBy(() -> admin.issueEnrollmentCode(options("issue-enrollment-code", "--location", "deurne",
                    "--desk", "Loket 3", "--valid-hours", "0"))).hasMessageContaining("more than 0");
        }
    }
}
