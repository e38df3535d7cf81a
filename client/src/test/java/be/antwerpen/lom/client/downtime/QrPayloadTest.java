package be.antwerpen.lom.client.downtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QrPayloadTest {

    private static final UUID ID = UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057");

    @Test
    void appointment_form_code_round_trips() {
        AppointmentFormPayload payload = new AppointmentFormPayload(ID, "K7M-2QX");

        assertThat(payload.encodeFirstFormat()).isEqualTo("LOM1|A|01890a5d-ac96-774b-bcce-b302099a8057|K7M-2QX");
        assertThat(QrPayload.parse(payload.encodeFirstFormat())).isEqualTo(payload);
        assertThat(QrPayload.parse(payload.encode())).isEqualTo(payload);
        assertThat(QrPayload.parse("  " + payload.encodeFirstFormat() + "\n")).isEqualTo(payload);
    }

    @Test
    void walk_in_form_code_round_trips() {
        WalkInFormPayload payload = new WalkInFormPayload("ANT1-W-000101");

        assertThat(payload.encodeFirstFormat()).isEqualTo("LOM1|W|ANT1-W-000101");
        assertThat(QrPayload.parse("LOM1|W|ANT1-W-000101")).isEqualTo(payload);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "hello", "https://example.be/?rrn=85073003328", "LOM1", "LOM1|",
        "LOM1|X|ANT1-W-000101", "LOM1|A|not-a-uuid|K7M-2QX", "LOM1|A|01890a5d-ac96-774b-bcce-b302099a8057",
        "LOM1|A|01890a5d-ac96-774b-bcce-b302099a8057|k7m 2qx", "LOM1|W|ANT1-W-101", "LOM1|W|ANT1-W-000101|extra",
        "LOM1|W|", "|W|ANT1-W-000101"})
    void garbage_is_rejected_with_a_clear_message_that_does_not_repeat_it(String text) {
        assertThatThrownBy(() -> QrPayload.parse(text))
                .isInstanceOf(InvalidQrPayloadException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).isNotBlank().doesNotContain("85073003328", "hello", "not-a-uuid");
                    assertThat(((InvalidQrPayloadException) e).field()).isEqualTo("qrPayload");
                });
    }

    @Test
    void a_newer_format_version_is_named_in_the_message() {
        assertThatThrownBy(() -> QrPayload.parse("LOM2|W|ANT1-W-000101"))
                .isInstanceOf(InvalidQrPayloadException.class)
                .hasMessageContaining("version LOM2");
    }

    @Test
    void an_overlong_text_is_rejected() {
        assertThatThrownBy(() -> QrPayload.parse("LOM1|W|" + "A".repeat(200)))
                .isInstanceOf(InvalidQrPayloadException.class)
                .hasMessageContaining("too long");
    }
}
