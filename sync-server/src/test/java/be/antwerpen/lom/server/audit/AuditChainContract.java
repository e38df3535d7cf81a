package be.antwerpen.lom.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.sync.SignedAuditHead;
import be.antwerpen.lom.server.cli.Options;
import be.antwerpen.lom.server.cli.ServerCommandLine;
import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.cli.AdminCommands;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.Engine;
import be.antwerpen.lom.server.testing.Desk;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.TestEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit hash chain (ADR 0090) on every engine: intact after real work, tampering found; with a
 * signed head kept outside the database as an anchor (ADR 0094), every kind of tampering is found:
 * changed, added, removed, reordered or cut-off lines, also when the attacker recomputes the chain.
 */
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
    private void tamper(String... sql) throws SQLException {
        try (Connection c = db.rawConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            if (db.engine() == Engine.SQLITE) {
                s.execute("DROP TRIGGER IF EXISTS audit_log_no_update");
                s.execute("DROP TRIGGER IF EXISTS audit_log_no_delete");
            } else {
                s.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change");
            }
            for (String statement : sql) {
                s.executeUpdate(statement);
            }
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

    // ---- ADR 0094: anchors outside the database -------------------------------------------------

    private AuditChainReport verify(SignedAuditHead... anchors) {
        AuditAnchors given = new AuditAnchors(List.of(anchors), Set.of(server.auditHeads().publicKey()));
        return db.inSnapshot(c -> new AuditChainVerifier().verify(c, given));
    }

    /** The chain's lines in chain order, as the verifier reads them. */
    private List<AuditEntry> chained() {
        return db.inSnapshot(c -> Rows.list(c, "SELECT id, at, actor, device_id, action, entity_type, entity_id,"
                + " location_id, detail FROM audit_log WHERE chain_seq IS NOT NULL ORDER BY chain_seq",
                rs -> new AuditEntry(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9))));
    }

    /**
     * The attacker's full rewrite: gives {@code lines} (present in the table) positions 1..n in this
     * order, recomputes every hash with the published algorithm and resets the head, so the chain is
     * consistent in itself again.
     */
    private void recompute(List<AuditEntry> lines) throws SQLException {
        tamper("UPDATE audit_log SET chain_seq = NULL, chain_hash = NULL");
        List<String> sql = new ArrayList<>();
        String hash = AuditChain.GENESIS;
        long seq = 0;
        for (AuditEntry e : lines) {
            seq++;
            hash = AuditChain.link(hash, seq, e);
            sql.add("UPDATE audit_log SET chain_seq = " + seq + ", chain_hash = '" + hash + "' WHERE id = '" + e.id()
                    + "'");
        }
        sql.add("UPDATE audit_chain_head SET seq = " + seq + ", hash = '" + hash + "' WHERE id = 1");
        tamper(sql.toArray(String[]::new));
    }

    private static String insertLine(AuditEntry e, Long seq, String hash) {
        return "INSERT INTO audit_log (id, at, actor, device_id, action, entity_type, entity_id, location_id, detail,"
                + " chain_seq, chain_hash) VALUES ('" + e.id() + "', " + e.at().toEpochMilli() + ", '" + e.actor()
                + "', NULL, '" + e.action() + "', '" + e.entityType() + "', '" + e.entityId() + "', NULL, '"
                + e.detail() + "', " + seq + ", " + (hash == null ? "NULL" : "'" + hash + "'") + ")";
    }

    private static AuditEntry forgedLine() {
        return new AuditEntry(UUID.randomUUID().toString(), Instant.now(), "admin", null, "ResolveConflict",
                "conflict", UUID.randomUUID().toString(), null, "APPLIED: nobody saw this");
    }

    @Test
    void an_untampered_chain_agrees_with_its_signed_heads() {
        SignedAuditHead early = server.auditHeads().signNow();
        Desk desk = new Desk(server, "antwerpen", "Loket 2", "agent.antwerpen");
        UUID id = UUID.randomUUID();
        desk.push(desk.command(new Commands.Book(id, "B1", "antwerpen", "EID_APPLY",
                Fixture.openMorning("antwerpen").plusMinutes(40), Fixture.citizen("Jan", "Janssens"),
                AppointmentOrigin.COUNTER)));
        SignedAuditHead latest = server.auditHeads().signNow();

        AuditChainReport report = verify(early, latest, latest);

        assertThat(latest.seq()).isGreaterThan(early.seq());
        assertThat(report.intact()).as(report.problem()).isTrue();
        assertThat(report.anchors()).isEqualTo(3);
        assertThat(report.checked()).isEqualTo(lines());
    }

    @Test
    void a_line_inserted_without_a_chain_position_is_found() throws SQLException {
        tamper(insertLine(forgedLine(), null, null));

        AuditChainReport report = verify();

        assertThat(report.intact()).isFalse();
        assertThat(report.unchained()).isEqualTo(1);
        assertThat(report.problem()).contains("no place in the chain");
    }

    @Test
    void a_line_inserted_at_a_position_already_taken_is_found() throws SQLException {
        AuditEntry forged = forgedLine();
        tamper("DROP INDEX audit_by_chain_seq", insertLine(forged, 3L, AuditChain.link(hashAt(2), 3, forged)));

        AuditChainReport report = verify();

        assertThat(report.intact()).isFalse();
        assertThat(report.brokenSeq()).isEqualTo(3);
        assertThat(report.problem()).containsAnyOf("more than once", "changed");
    }

    private String hashAt(long seq) {
        return db.inSnapshot(c -> Rows.one(c, "SELECT chain_hash FROM audit_log WHERE chain_seq = ?",
                rs -> rs.getString(1), seq)).orElseThrow();
    }

    @Test
    void a_changed_line_with_the_chain_recomputed_is_found_only_against_an_anchor() throws SQLException {
        SignedAuditHead anchor = server.auditHeads().signNow();
        List<AuditEntry> lines = new ArrayList<>(chained());
        AuditEntry e = lines.get(4);
        lines.set(4, new AuditEntry(e.id(), e.at(), "someone.else", e.deviceId(), e.action(), e.entityType(),
                e.entityId(), e.locationId(), e.detail()));
        tamper("UPDATE audit_log SET actor = 'someone.else' WHERE chain_seq = 5");
        recompute(lines);

        assertThat(verify().intact()).as("without an anchor the recomputed chain looks intact").isTrue();
        AuditChainReport report = verify(anchor);
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenSeq()).isEqualTo(anchor.seq());
        assertThat(report.problem()).startsWith("REWRITTEN");
    }

    @Test
    void a_line_added_in_the_middle_with_the_chain_recomputed_is_found() throws SQLException {
        SignedAuditHead anchor = server.auditHeads().signNow();
        List<AuditEntry> lines = new ArrayList<>(chained());
        AuditEntry forged = forgedLine();
        lines.add(3, forged);
        tamper(insertLine(forged, null, null));
        recompute(lines);

        AuditChainReport report = verify(anchor);

        assertThat(report.intact()).isFalse();
        assertThat(report.problem()).startsWith("REWRITTEN");
    }

    @Test
    void a_line_removed_with_the_chain_recomputed_is_found() throws SQLException {
        SignedAuditHead anchor = server.auditHeads().signNow();
        List<AuditEntry> lines = new ArrayList<>(chained());
        AuditEntry removed = lines.remove(2);
        tamper("DELETE FROM audit_log WHERE id = '" + removed.id() + "'");
        recompute(lines);

        AuditChainReport report = verify(anchor);

        assertThat(report.intact()).isFalse();
        assertThat(report.problem()).containsAnyOf("REWRITTEN", "TRUNCATED");
    }

    @Test
    void lines_reordered_with_the_chain_recomputed_are_found() throws SQLException {
        SignedAuditHead anchor = server.auditHeads().signNow();
        List<AuditEntry> lines = new ArrayList<>(chained());
        Collections.swap(lines, 3, 6);
        recompute(lines);

        AuditChainReport report = verify(anchor);

        assertThat(report.intact()).isFalse();
        assertThat(report.brokenSeq()).isEqualTo(anchor.seq());
        assertThat(report.problem()).startsWith("REWRITTEN");
    }

    @Test
    void lines_reordered_without_recomputing_break_the_chain_itself() throws SQLException {
        tamper("UPDATE audit_log SET chain_seq = -4 WHERE chain_seq = 4",
                "UPDATE audit_log SET chain_seq = 4 WHERE chain_seq = 7",
                "UPDATE audit_log SET chain_seq = 7 WHERE chain_seq = -4");

        AuditChainReport report = verify();

        assertThat(report.intact()).isFalse();
        assertThat(report.brokenSeq()).isEqualTo(4);
    }

    @Test
    void a_tail_cut_off_with_the_head_reset_is_found_as_truncated() throws SQLException {
        SignedAuditHead anchor = server.auditHeads().signNow();
        List<AuditEntry> kept = new ArrayList<>(chained().subList(0, (int) anchor.seq() - 3));
        tamper("DELETE FROM audit_log WHERE chain_seq > " + kept.size());
        recompute(kept);

        assertThat(verify().intact()).as("without an anchor the shortened chain looks intact").isTrue();
        AuditChainReport report = verify(anchor);
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenSeq()).isEqualTo(kept.size() + 1);
        assertThat(report.problem()).startsWith("TRUNCATED");
    }

    @Test
    void a_tail_cut_off_behind_a_head_the_server_stored_is_found_by_verify_audit_without_anchor_files()
            throws SQLException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        AdminCommands admin = new AdminCommands(server, new PrintStream(printed, true, StandardCharsets.UTF_8));
        SignedAuditHead stored = server.auditHeads().signNow();
        List<AuditEntry> kept = new ArrayList<>(chained().subList(0, (int) stored.seq() - 2));
        tamper("DELETE FROM audit_log WHERE chain_seq > " + kept.size());
        recompute(kept);

        assertThat(verify().intact()).as("the chain alone looks intact").isTrue();
        assertThat(admin.verifyAudit()).isFalse();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("TRUNCATED");
    }

    @Test
    void the_server_signs_no_head_on_a_chain_that_no_longer_holds_the_last_head_it_signed() throws SQLException {
        SignedAuditHead stored = server.auditHeads().signNow();
        List<AuditEntry> lines = new ArrayList<>(chained());
        AuditEntry e = lines.get(2);
        lines.set(2, new AuditEntry(e.id(), e.at(), "someone.else", e.deviceId(), e.action(), e.entityType(),
                e.entityId(), e.locationId(), e.detail()));
        tamper("UPDATE audit_log SET actor = 'someone.else' WHERE chain_seq = 3");
        recompute(lines);

        assertThat(catchThrowable(() -> server.auditHeads().signNow()))
                .isInstanceOf(AuditHeadSigner.AuditChainDisagrees.class)
                .hasMessageContaining("line " + stored.seq());
        assertThat(catchThrowable(() -> server.auditHeads().signIfAdvanced()))
                .isInstanceOf(AuditHeadSigner.AuditChainDisagrees.class);
        assertThat(server.auditHeads().all()).as("nothing was signed").containsExactly(stored);

        List<AuditEntry> shorter = new ArrayList<>(chained().subList(0, (int) stored.seq() - 1));
        tamper("DELETE FROM audit_log WHERE chain_seq > " + shorter.size());
        recompute(shorter);
        assertThat(catchThrowable(() -> server.auditHeads().signNow())).hasMessageContaining("cut off");
    }

    @Test
    void every_line_deleted_and_the_head_reset_is_found_as_truncated() throws SQLException {
        SignedAuditHead anchor = server.auditHeads().signNow();
        tamper("DELETE FROM audit_log", "DELETE FROM audit_signed_head",
                "UPDATE audit_chain_head SET seq = 0, hash = '" + AuditChain.GENESIS + "' WHERE id = 1");

        assertThat(verify().intact()).as("without an anchor an empty chain looks intact").isTrue();
        AuditChainReport report = verify(anchor);
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenSeq()).isEqualTo(1);
        assertThat(report.problem()).startsWith("TRUNCATED").contains("line " + anchor.seq());
    }

    @Test
    void an_anchor_not_signed_by_the_server_key_is_reported_as_forged() throws SQLException {
        SignedAuditHead real = server.auditHeads().signNow();
        SignedAuditHead otherKey = AuditSigningKey.generate().sign(real.seq(), real.hash(), real.signedAt());
        SignedAuditHead altered = new SignedAuditHead(real.seq() + 5, real.hash(), real.signedAt(), real.keyId(),
                real.publicKey(), real.signature());

        assertThat(verify(otherKey).problem()).startsWith("FORGED ANCHOR");
        assertThat(verify(altered).problem()).startsWith("FORGED ANCHOR");
        assertThat(verify(real).intact()).isTrue();
    }

    @Test
    void verify_audit_reads_anchors_from_the_server_log_and_an_export_file(@TempDir Path files) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        AdminCommands admin = new AdminCommands(server, new PrintStream(printed, true, StandardCharsets.UTF_8));
        Path log = files.resolve("server.log");
        Files.writeString(log, "10:00:00.000 INFO  [main] b.a.l.s.audit.AuditHeadSigner - "
                + server.auditHeads().logLine(server.auditHeads().signNow()) + "\nunrelated line\n");
        Path export = files.resolve("anchors.json");
        admin.exportAuditAnchors(options("export-audit-anchors", "--out", export.toString()));
        Options withAnchors = options("verify-audit", "--anchors", log + "," + export);
        assertThat(admin.verifyAudit(withAnchors)).isTrue();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("agrees with 5 signed heads (2 stored by the server, the rest from 2 file(s))");

        tamper("DELETE FROM audit_log", "DELETE FROM audit_signed_head",
                "UPDATE audit_chain_head SET seq = 0, hash = '" + AuditChain.GENESIS + "' WHERE id = 1");

        assertThat(admin.verifyAudit()).isTrue();
        assertThat(admin.verifyAudit(withAnchors)).isFalse();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("AUDIT CHAIN BROKEN at line 1: TRUNCATED");
        assertThat(admin.verifyAudit(options("verify-audit", "--anchors", log + "," + export,
                "--anchors-since", Instant.now().plusSeconds(60).toString())))
                .as("anchors signed before a restore are left out on request").isTrue();
    }

    @Test
    void verify_audit_trusts_another_audit_key_only_when_it_is_given(@TempDir Path files) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        AdminCommands admin = new AdminCommands(server, new PrintStream(printed, true, StandardCharsets.UTF_8));
        SignedAuditHead own = server.auditHeads().signNow();
        Path otherKeyFile = files.resolve("other-instance.key");
        AuditSigningKey other = AuditSigningKey.loadOrCreate(otherKeyFile);
        Path anchors = files.resolve("other.log");
        Files.writeString(anchors, server.auditHeads().logLine(other.sign(own.seq(), own.hash(), Instant.now())) + "\n");

        assertThat(admin.verifyAudit(options("verify-audit", "--anchors", anchors.toString()))).isFalse();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("FORGED ANCHOR")
                .contains("Trusted audit key ids: [" + own.keyId() + "]");
        assertThat(admin.verifyAudit(options("verify-audit", "--anchors", anchors.toString(), "--public-key",
                otherKeyFile.toString()))).isTrue();
        assertThat(admin.verifyAudit(options("verify-audit", "--anchors", anchors.toString(), "--public-key",
                "," + other.publicKey()))).isTrue();
    }

    private static Options options(String command, String... args) {
        return new ServerCommandLine(Map.of()).options(command, args);
    }
}
