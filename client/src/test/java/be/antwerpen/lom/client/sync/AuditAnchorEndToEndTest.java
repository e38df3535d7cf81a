package be.antwerpen.lom.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.DeskAssembly;
import be.antwerpen.lom.client.DeskServices;
import be.antwerpen.lom.client.config.ClientOptions;
import be.antwerpen.lom.client.store.LocalDatabase;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.model.sync.AuditHeadSignatures;
import be.antwerpen.lom.model.sync.SignedAuditHead;
import be.antwerpen.lom.server.audit.AuditAnchorFiles;
import be.antwerpen.lom.server.audit.AuditAnchors;
import be.antwerpen.lom.server.audit.AuditChainReport;
import be.antwerpen.lom.server.audit.AuditChainVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADR 0094 end to end: the desk keeps the signed audit heads of real pulls from the real server,
 * and a copy of its data file is an anchor that exposes a server database whose audit trail was
 * wiped and whose chain head was reset.
 */
class AuditAnchorEndToEndTest {

    @TempDir
    Path serverDir;
    @TempDir
    Path deskDir;
    @TempDir
    Path itDir;

    private RealServer server;
    private ScheduledExecutorService scheduler;
    private DeskServices desk;

    @BeforeEach
    void start() throws Exception {
        server = new RealServer(serverDir);
        server.start();
        scheduler = DeskAssembly.syncScheduler();
        desk = DeskAssembly.build(new ClientOptions(server.url(), null, deskDir, null, "", "nl", Duration.ofHours(72),
                Duration.ZERO), Clock.system(ZoneId.of("Europe/Brussels")), scheduler, 1_000);
        desk.sync().stop();
        desk.enrollment().enroll(server.url(), RealServer.ENROLL_CODE, "e2e-desk");
        desk.login().login(RealServer.AGENT, RealServer.PASSWORD.toCharArray());
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        desk.close();
        server.close();
    }

    private List<SignedAuditHead> kept() {
        return desk.store().database().inTransaction(desk.store().auditHeads()::all);
    }

    @Test
    void the_desk_keeps_the_signed_heads_it_pulls_and_pins_the_server_key() {
        desk.sync().syncOnce();
        assertThat(kept()).as("nothing signed yet").isEmpty();

        SignedAuditHead first = server.components.auditHeads().signNow();
        desk.sync().syncOnce();
        desk.sync().syncOnce();
        SignedAuditHead second = server.components.auditHeads().signNow();
        desk.sync().syncOnce();

        assertThat(kept()).containsExactly(first, second);
        assertThat(first.seq()).isPositive();
        Optional<String> pinned = desk.store().database().inTransaction(desk.store().auditHeads()::pinnedKey);
        assertThat(pinned).contains(server.components.auditHeads().publicKey());
        assertThat(kept()).allSatisfy(h -> assertThat(AuditHeadSignatures.signedBy(h, pinned.orElseThrow())).isTrue());
    }

    @Test
    void a_copy_of_the_desk_file_exposes_a_wiped_audit_trail_on_the_server() throws Exception {
        SignedAuditHead signed = server.components.auditHeads().signNow();
        desk.sync().syncOnce();
        Path copy = itDir.resolve("loket-desk1.db");
        Files.copy(deskDir.resolve(LocalDatabase.FILE_NAME), copy);
        Path wal = deskDir.resolve(LocalDatabase.FILE_NAME + "-wal");
        if (Files.exists(wal)) {
            Files.copy(wal, itDir.resolve("loket-desk1.db-wal"));
        }
        List<SignedAuditHead> fromDesk = new AuditAnchorFiles(server.components.json()).read(List.of(copy));
        AuditAnchors anchors = new AuditAnchors(fromDesk, Set.of(server.components.auditHeads().publicKey()));
        assertThat(fromDesk).containsExactly(signed);
        assertThat(verify(anchors).intact()).isTrue();

        try (Connection c = server.components.db().rawConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("DROP TRIGGER audit_log_no_delete");
            s.execute("DELETE FROM audit_log");
            s.execute("DELETE FROM audit_signed_head");
            s.execute("UPDATE audit_chain_head SET seq = 0, hash = '" + "0".repeat(64) + "' WHERE id = 1");
        }

        assertThat(verify(AuditAnchors.NONE).intact()).as("the wiped trail is consistent in itself").isTrue();
        AuditChainReport report = verify(anchors);
        assertThat(report.intact()).isFalse();
        assertThat(report.problem()).startsWith("TRUNCATED").contains("line " + signed.seq());
    }

    private AuditChainReport verify(AuditAnchors anchors) {
        return server.components.db().inSnapshot(c -> new AuditChainVerifier().verify(c, anchors));
    }
}
