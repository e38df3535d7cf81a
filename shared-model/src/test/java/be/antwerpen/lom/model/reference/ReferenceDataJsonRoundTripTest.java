package be.antwerpen.lom.model.reference;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.sync.ProtocolJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** The server sends reference data to desks as JSON; what the desk reads back must be equal. */
class ReferenceDataJsonRoundTripTest {

    private final ObjectMapper wire = ProtocolJson.newMapper();

    @Test
    void reference_data_written_with_the_protocol_mapper_reads_back_equal() throws Exception {
        ReferenceData original = ReferenceDataLoader.antwerpExample();

        String json = wire.writeValueAsString(original);
        ReferenceData readBack = wire.readValue(json, ReferenceData.class);

        assertThat(readBack).isEqualTo(original);
        assertThat(json).contains("\"day\":\"MONDAY\"", "\"start\":\"08:30:00\"", "\"from\":\"2026-01-01\"")
                .doesNotContain("publicHolidays");
    }

    @Test
    void the_loader_accepts_what_the_server_sends_and_adds_nothing_twice() throws Exception {
        ReferenceData original = ReferenceDataLoader.antwerpExample();

        byte[] json = wire.writeValueAsBytes(original);

        assertThat(new ReferenceDataLoader().fromStream(new ByteArrayInputStream(json))).isEqualTo(original);
    }

    @Test
    void a_data_set_without_notice_reads_back_with_an_empty_notice() throws Exception {
        ReferenceData original = ReferenceDataLoader.antwerpExample();
        ReferenceData withoutNotice = new ReferenceData(original.version(), false, original.slotMinutes(),
                original.locations(), original.schedules(), original.closures(), original.products());

        ReferenceData readBack = wire.readValue(wire.writeValueAsString(withoutNotice), ReferenceData.class);

        assertThat(readBack).isEqualTo(withoutNotice);
        assertThat(readBack.notice()).isEmpty();
    }
}
