package be.antwerpen.lom.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wire reads what a sender wrote and nothing it might have meant (see {@link WireJson#newMapper()}). */
class WireJsonTest {

    private final ObjectMapper json = WireJson.newMapper();

    record Sample(String phone, int days, Boolean unknown, long sequence) {
    }

    private static final String WELL_FORMED = "{\"phone\":\"+32470000000\",\"days\":3,\"unknown\":true,\"sequence\":129}";

    @Test
    void a_well_formed_document_is_read_and_unknown_names_are_ignored() throws Exception {
        assertThat(json.readValue(WELL_FORMED, Sample.class)).isEqualTo(new Sample("+32470000000", 3, true, 129));
        assertThat(json.readValue(WELL_FORMED.replace("}", ",\"later\":[1,{\"x\":2}]}"), Sample.class).days())
                .isEqualTo(3);
        assertThat(json.readTree(WELL_FORMED + "  \n").path("days").asInt()).isEqualTo(3);
    }

    @Test
    void anything_after_the_document_is_refused() {
        for (String body : List.of(WELL_FORMED + "} garbage ]]", WELL_FORMED + " {}", WELL_FORMED + "x")) {
            assertThat(catchThrowable(() -> json.readValue(body, Sample.class))).as(body)
                    .isInstanceOf(JacksonException.class);
            assertThat(catchThrowable(() -> json.readTree(body))).as(body).isInstanceOf(JacksonException.class);
        }
    }

    @Test
    void a_name_twice_in_one_object_is_refused() {
        String twice = WELL_FORMED.replace("{", "{\"days\":5,");

        assertThat(catchThrowable(() -> json.readValue(twice, Sample.class))).isInstanceOf(JacksonException.class)
                .hasMessageContaining("Duplicate field 'days'");
        assertThat(catchThrowable(() -> json.readTree("{\"commands\":[],\"commands\":[]}")))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void a_value_of_another_kind_is_not_converted() {
        List<String> bodies = List.of(
                WELL_FORMED.replace("\"+32470000000\"", "32470000000"),
                WELL_FORMED.replace("\"+32470000000\"", "1.5"),
                WELL_FORMED.replace("\"+32470000000\"", "true"),
                WELL_FORMED.replace("\"days\":3", "\"days\":\"3\""),
                WELL_FORMED.replace("\"days\":3", "\"days\":1.7"),
                WELL_FORMED.replace("\"sequence\":129", "\"sequence\":129.9"),
                WELL_FORMED.replace("\"unknown\":true", "\"unknown\":2"),
                WELL_FORMED.replace("\"unknown\":true", "\"unknown\":\"true\""));
        for (String body : bodies) {
            assertThat(catchThrowable(() -> json.readValue(body, Sample.class))).as(body)
                    .isInstanceOf(JacksonException.class);
        }
    }
}
