package be.antwerpen.lom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's database file keeps its name across versions: backups, restores, the package's data
 * folder and docs/operations.md all name {@code lom-server.db}; a renamed file would start an empty
 * server beside the real data.
 */
class ServerDataFolderTest {

    @Test
    void the_embedded_database_is_lom_server_db_in_the_data_folder(@TempDir Path dir) throws IOException {
        ServerMain.main(new String[] {"list-devices", "--data-dir", dir.toString()});

        assertThat(dir.resolve("lom-server.db")).isRegularFile();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".db")))
                    .allMatch(n -> n.startsWith("lom-server.db"));
        }
    }
}
