package be.antwerpen.lom.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.sync.ProtocolJson;
import be.antwerpen.lom.model.sync.SignedAuditHead;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Anchor files in each format IT keeps; unreadable ones are refused with the file's name. */
class AuditAnchorFilesTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = ProtocolJson.newMapper();
    private final AuditAnchorFiles files = new AuditAnchorFiles(json);
    private final AuditSigningKey key = AuditSigningKey.generate();
    private final SignedAuditHead one = key.sign(1, "aa".repeat(32), Instant.now());
    private final SignedAuditHead two = key.sign(2, "bb".repeat(32), Instant.now());

    @Test
    void log_lines_a_json_array_a_single_head_and_an_export_are_read() throws Exception {
        Path log = Files.writeString(dir.resolve("journal.txt"), "start\nx AUDIT-HEAD " + json.writeValueAsString(one)
                + "\nother\ny AUDIT-HEAD " + json.writeValueAsString(two) + "\n");
        Path array = Files.writeString(dir.resolve("array.json"), json.writeValueAsString(List.of(one, two)));
        Path single = Files.writeString(dir.resolve("one.json"), json.writeValueAsString(one));
        Path export = Files.writeString(dir.resolve("export.json"), json.writeValueAsString(
                new AuditAnchorExport(Instant.now(), key.keyId(), key.publicKey(), 2, two.hash(), List.of(one, two))));

        assertThat(files.read(log)).containsExactly(one, two);
        assertThat(files.read(array)).containsExactly(one, two);
        assertThat(files.read(single)).containsExactly(one);
        assertThat(files.read(export)).containsExactly(one, two);
        assertThat(files.read(Files.writeString(dir.resolve("empty.log"), "nothing here\n"))).isEmpty();
    }

    @Test
    void missing_or_unreadable_anchor_files_are_refused_by_name() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.log"), "AUDIT-HEAD {\"seq\": 1, \"hash\":\n");
        Path incomplete = Files.writeString(dir.resolve("incomplete.json"), "{\"seq\": 1}");
        Path notDesk = dir.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + notDesk);
             var s = c.createStatement()) {
            s.execute("CREATE TABLE t (x INTEGER)");
        }

        assertThatThrownBy(() -> files.read(dir.resolve("absent.log"))).hasMessageContaining("absent.log")
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> files.read(broken)).hasMessageContaining("broken.log");
        assertThatThrownBy(() -> files.read(incomplete)).hasMessageContaining("without hash, time or signature");
        assertThatThrownBy(() -> files.read(notDesk)).hasMessageContaining("without the desk's signed audit heads");
    }
}
