package be.antwerpen.lom.server.audit;

import be.antwerpen.lom.model.sync.SignedAuditHead;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads signed audit heads (anchors, ADR 0094) from the files IT keeps outside the server's database:
 * <ul>
 *   <li>server log files and any text file: every line holding {@code AUDIT-HEAD {json}};</li>
 *   <li>audit anchor exports ({@code export-audit-anchors}, {@code GET /audit/signed-heads}): a JSON object
 *       with a {@code signedHeads} array, or a JSON array of heads, or one head;</li>
 *   <li>a desk's local database file (copied from its data folder): its {@code audit_heads} table.</li>
 * </ul>
 */
public final class AuditAnchorFiles {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final ObjectMapper json;

    public AuditAnchorFiles(ObjectMapper json) {
        this.json = json;
    }

    /** Every signed head in the files, in file order. */
    public List<SignedAuditHead> read(List<Path> files) {
        List<SignedAuditHead> heads = new ArrayList<>();
        for (Path file : files) {
            heads.addAll(read(file));
        }
        return heads;
    }

    public List<SignedAuditHead> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("anchor file " + file + " does not exist");
            }
            if (isSqlite(file)) {
                return fromDeskDatabase(file);
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String trimmed = text.strip();
            if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                return fromJson(json.readTree(trimmed), file);
            }
            List<SignedAuditHead> heads = new ArrayList<>();
            for (String line : text.split("\\R")) {
                int at = line.indexOf(AuditHeadSigner.LOG_MARKER);
                if (at >= 0) {
                    heads.add(head(json.readTree(line.substring(at + AuditHeadSigner.LOG_MARKER.length()).strip()),
                            file));
                }
            }
            return heads;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("anchor file " + file + " holds a signed head that cannot be read", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("anchor file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private List<SignedAuditHead> fromJson(JsonNode node, Path file) throws JsonProcessingException {
        JsonNode array = node.isArray() ? node : node.get("signedHeads");
        if (array == null) {
            return List.of(head(node, file));
        }
        List<SignedAuditHead> heads = new ArrayList<>();
        for (JsonNode h : array) {
            heads.add(head(h, file));
        }
        return heads;
    }

    private SignedAuditHead head(JsonNode node, Path file) throws JsonProcessingException {
        SignedAuditHead head = json.treeToValue(node, SignedAuditHead.class);
        if (head.hash() == null || head.signedAt() == null || head.signature() == null) {
            throw new IllegalArgumentException("anchor file " + file + " holds a signed head without hash, time or "
                    + "signature");
        }
        return head;
    }

    private static boolean isSqlite(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        }
    }

    /**
     * The signed heads a desk stored. The desk's file is not opened itself: it is copied (with its
     * write-ahead log when one lies next to it, as when the desk was running) and the copy is read.
     */
    private static List<SignedAuditHead> fromDeskDatabase(Path file) throws IOException {
        Path dir = Files.createTempDirectory("lom-anchors-");
        Path copy = dir.resolve("desk.db");
        try {
            Files.copy(file, copy);
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            if (Files.isRegularFile(wal)) {
                Files.copy(wal, dir.resolve("desk.db-wal"));
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath());
                 PreparedStatement ps = c.prepareStatement(
                         "SELECT seq, hash, signed_at_ms, key_id, public_key, signature FROM audit_heads ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                List<SignedAuditHead> heads = new ArrayList<>();
                while (rs.next()) {
                    heads.add(new SignedAuditHead(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
                return heads;
            } catch (SQLException e) {
                throw new IllegalArgumentException("anchor file " + file + " is a database without the desk's signed "
                        + "audit heads", e);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
