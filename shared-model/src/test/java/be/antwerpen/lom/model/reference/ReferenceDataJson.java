package be.antwerpen.lom.model.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The shipped example file as text and as an editable JSON tree, for tests that break it on purpose. */
final class ReferenceDataJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReferenceDataJson() {
    }

    static String exampleText() {
        try (InputStream in = ReferenceDataJson.class.getResourceAsStream(ReferenceDataLoader.ANTWERP_EXAMPLE_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode exampleTree() {
        try {
            return (ObjectNode) MAPPER.readTree(exampleText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(ObjectNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
