package be.antwerpen.lom.client.downtime;

import be.antwerpen.lom.model.sync.ProtocolJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes {@code pack.json} with the protocol's date conventions (ISO-8601, Brussels wall clock). */
final class PackManifestJson {

    private final ObjectMapper mapper = ProtocolJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(PackManifest manifest, Path file) throws IOException {
        mapper.writeValue(file.toFile(), manifest);
    }

    PackManifest read(Path file) throws IOException {
        return mapper.readValue(file.toFile(), PackManifest.class);
    }
}
