package be.antwerpen.lom.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.server.ServerComponents;
import be.antwerpen.lom.server.cli.AdminCommands;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.Engine;
import be.antwerpen.lom.server.testing.Desk;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.TestEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit hash chain (ADR 0090) on every engine: intact after real work, tampering found. */
abstract class AuditChainContract {

    private String location;
    private Database db;
    private ServerComponents server;

    abstract TestEngine engine();

    @BeforeEach
    void openDatabase(@TempDir Path tempDir) {
        engine().assumeAvailable();
        location = engine().newLocation(tempDir);
        db = engine().open(location);
        server = Fixture.components(db);
        Fixture.staff(server);
        Desk desk = new Desk(server, "antwerpen", "Loket 1", "agent.antwerpen");
        LocalDateTime slot = Fixture.openMorning("antwerpen");
        for (int i = 0; i < 3; i++) {
            UUID id = UUID.randomUUID();
            desk.push(desk.command(new Commands.Book(id, "A" + i, "antwerpen", "EID_APPLY", slot.plusMinutes(10L * i),
                    Fixture.citizen("Marie", "Peeters"), AppointmentOrigin.COUNTER)),
                    desk.command(new Commands.CheckIn(id, null)));
        }
    }

    @AfterEach
    void closeDatabase() {
        if (db != null) {
            db.close();
            engine().drop(location);
        }
    }

    private AuditChainReport verify() {
        return db.inSnapshot(c -> new AuditChainVerifier().verify(c));
    }

    /** What an attacker with database access does: switch the append-only trigger off and write. */
    private void tamper(String sql) throws SQLException {
        try (Connection c = db.rawConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            if (db.engine() == Engine.SQLITE) {
                s.execute("DROP TRIGGER audit_log_no_update");
                s.execute("DROP TRIGGER audit_log_no_delete");
            } else {
                s.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change");
            }
            s.executeUpdate(sql);
        }
    }

    private long lines() {
        return db.inSnapshot(c -> be.antwerpen.lom.server.db.Rows.one(c, "SELECT COUNT(*) FROM audit_log",
                rs -> rs.getLong(1))).orElseThrow();
    }

    @Test
    void every_audit_line_written_by_logins_staff_changes_and_pushes_is_chained() {
        AuditChainReport report = verify();

        assertThat(report.intact()).isTrue();
        assertThat(report.checked()).isEqualTo(lines()).isGreaterThanOrEqualTo(10);
        assertThat(report.headSeq()).isEqualTo(report.checked());
        assertThat(report.unchained()).isZero();
    }

    @Test
    void a_changed_audit_line_is_reported_as_the_first_broken_entry() throws SQLException {
        String id = db.inSnapshot(c -> be.antwerpen.lom.server.db.Rows.one(c,
                "SELECT id FROM audit_log WHERE chain_seq = 5", rs -> rs.getString(1))).orElseThrow();

        tamper("UPDATE audit_log SET actor = 'someone.else' WHERE chain_seq = 5");
        AuditChainReport report = verify();

        assertThat(report.intact()).isFalse();
        assertThat(report.brokenSeq()).isEqualTo(5);
        assertThat(report.brokenId()).isEqualTo(id);
        assertThat(report.checked()).isEqualTo(4);
    }

    @Test
    void a_deleted_audit_line_breaks_the_chain_where_it_was() throws SQLException {
        tamper("DELETE FROM audit_log WHERE chain_seq = 3");

        AuditChainReport report = verify();

        assertThat(report.intact()).isFalse();
        assertThat(report.brokenSeq()).isEqualTo(3);
        assertThat(report.problem()).contains("missing");
    }

    @Test
    void cutting_off_the_newest_lines_is_found_through_the_chain_head() throws SQLException {
        long last = lines();
        tamper("DELETE FROM audit_log WHERE chain_seq = " + last);

        AuditChainReport report = verify();

        assertThat(report.intact()).isFalse();
        assertThat(report.brokenSeq()).isEqualTo(last);
    }

    @Test
    void the_verify_audit_command_prints_the_first_broken_line_and_fails() throws SQLException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        AdminCommands admin = new AdminCommands(server, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(admin.verifyAudit()).isTrue();

        tamper("UPDATE audit_log SET detail = 'REJECTED: nothing happened' WHERE chain_seq = 7");

        assertThat(admin.verifyAudit()).isFalse();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Audit chain intact")
                .contains("AUDIT CHAIN BROKEN at line 7");
    }
}
