package be.antwerpen.lom.client.downtime;

import be.antwerpen.lom.client.store.PrivateFiles;
import be.antwerpen.lom.model.sync.ProtocolJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Reads and writes {@code pack.json} (created 0600) with the protocol's date conventions (ISO-8601,
 * Brussels wall clock).
 */
final class PackManifestJson {

    private final ObjectMapper mapper = ProtocolJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(PackManifest manifest, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(PrivateFiles.newOutputStream(file))) {
            mapper.writeValue(out, manifest);
        }
    }

    PackManifest read(Path file) throws IOException {
        return mapper.readValue(file.toFile(), PackManifest.class);
    }
}
