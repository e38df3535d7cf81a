package be.antwerpen.lom.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaperSerialFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"ANT-W-000123", "ant-w-12", " MER-W-000007 ", "ANT1-W-000101", "BRD-W-999999"})
    void accepts_serials_as_printed_or_typed(String serial) {
        assertThat(PaperSerialFormat.isSerial(serial)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "ANT-W-", "ANT-W-000000", "ANT-W-1234567", "'; DROP TABLE x; --",
            "<b>ANT-W-1</b>", "ANT\u202E-W-000001", "ANT-W-00012\u0000", "A-B-C-D-000001", "ANTWERPEN1-W-000001"})
    void refuses_anything_else_with_a_message_showing_the_form(String serial) {
        assertThat(PaperSerialFormat.isSerial(serial)).isFalse();
        assertThatThrownBy(() -> PaperSerialFormat.require(serial, "paperSerial"))
                .isInstanceOf(DomainValidationException.class)
                .hasMessageContaining("e.g. ANT-W-000123")
                .extracting(e -> ((DomainValidationException) e).field()).isEqualTo("paperSerial");
    }
}
