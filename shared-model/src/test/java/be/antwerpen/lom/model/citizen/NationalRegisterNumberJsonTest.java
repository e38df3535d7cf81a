package be.antwerpen.lom.model.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.sync.ProtocolJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalRegisterNumberJsonTest {

    private static final ObjectMapper JSON = ProtocolJson.newMapper();

    @Test
    void serializes_as_its_11_digits() throws JsonProcessingException {
        assertThat(JSON.writeValueAsString(NationalRegisterNumber.parse("85.07.30-033.28")))
                .isEqualTo("\"85073003328\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"85073003328\"", "\"85.07.30-033.28\"", "\"850730 033 28\""})
    void deserializes_any_accepted_notation_through_parse(String json) throws JsonProcessingException {
        NationalRegisterNumber number = JSON.readValue(json, NationalRegisterNumber.class);

        assertThat(number.digits()).isEqualTo("85073003328");
        assertThat(number.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void an_invalid_number_fails_with_the_validation_message_and_without_the_digits() {
        String json = "{\"nationalRegisterNumber\":\"85073003329\",\"givenName\":\"Jan\",\"familyName\":\"Peeters\"}";

        assertThatThrownBy(() -> JSON.readValue(json, Citizen.class))
                .isInstanceOf(JsonMappingException.class)
                .satisfies(e -> {
                    JsonMappingException mapping = (JsonMappingException) e;
                    assertThat(mapping.getOriginalMessage()).contains("the check digits do not match the number")
                            .doesNotContain("\tat ").doesNotContain("Exception");
                    assertThat(mapping.getMessage()).doesNotContain("85073003329").doesNotContain("073003");
                    assertThat(mapping.getPath()).extracting(JsonMappingException.Reference::getFieldName)
                            .contains("nationalRegisterNumber");
                })
                .cause()
                .isInstanceOf(InvalidNationalRegisterNumberException.class)
                .hasMessage("the check digits do not match the number");
    }

    @Test
    void a_citizen_round_trips_with_its_number() throws JsonProcessingException {
        Citizen citizen = new Citizen(NationalRegisterNumber.parse("01020300467"), "Anna", "Иванова",
                null, "0470 12 34 56");

        String json = JSON.writeValueAsString(citizen);

        assertThat(json).contains("\"nationalRegisterNumber\":\"01020300467\"").doesNotContain("fullName");
        assertThat(JSON.readValue(json, Citizen.class)).isEqualTo(citizen);
    }

    @Test
    void a_citizen_without_a_number_round_trips() throws JsonProcessingException {
        Citizen walkIn = new Citizen(null, "Jan", "Peeters", null, null);

        assertThat(JSON.readValue(JSON.writeValueAsString(walkIn), Citizen.class)).isEqualTo(walkIn);
    }
}
