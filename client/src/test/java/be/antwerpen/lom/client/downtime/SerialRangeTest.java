package be.antwerpen.lom.client.downtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.validation.DomainValidationException;
import org.junit.jupiter.api.Test;

class SerialRangeTest {

    @Test
    void serials_have_the_prefix_and_six_digits() {
        SerialRange range = new SerialRange("ANT1-W", 101, 200);

        assertThat(range.size()).isEqualTo(100);
        assertThat(range.firstSerials(3)).containsExactly("ANT1-W-000101", "ANT1-W-000102", "ANT1-W-000103");
        assertThat(range.serial(200)).isEqualTo("ANT1-W-000200");
        assertThat(range.describe()).isEqualTo("ANT1-W-000101 .. ANT1-W-000200");
    }

    @Test
    void invalid_ranges_are_rejected_with_a_message_naming_the_problem() {
        assertThatThrownBy(() -> new SerialRange("ANT1-W", 200, 101))
                .isInstanceOf(DomainValidationException.class).hasMessageContaining("must not be below the first");
        assertThatThrownBy(() -> new SerialRange("ANT1-W", 0, 10))
                .isInstanceOf(DomainValidationException.class).hasMessageContaining("1 to 999999");
        assertThatThrownBy(() -> new SerialRange("ANT1-W", 1, 1_000_000))
                .isInstanceOf(DomainValidationException.class).hasMessageContaining("at most 999999");
        assertThatThrownBy(() -> new SerialRange("ant|1", 1, 10))
                .isInstanceOf(DomainValidationException.class).hasMessageContaining("upper-case letters or digits");
        assertThatThrownBy(() -> new SerialRange(null, 1, 10)).isInstanceOf(DomainValidationException.class);
    }

    @Test
    void asking_more_serials_than_the_range_holds_is_refused() {
        SerialRange range = new SerialRange("ANT1-W", 101, 110);

        assertThat(range.firstSerials(10)).hasSize(10).doesNotHaveDuplicates();
        assertThatThrownBy(() -> range.firstSerials(11))
                .isInstanceOf(SerialRangeTooSmallException.class)
                .hasMessageContaining("holds 10 serials but the pack needs 11");
    }

    @Test
    void contains_checks_prefix_and_number() {
        SerialRange range = new SerialRange("ANT1-W", 101, 200);

        assertThat(range.contains("ANT1-W-000101")).isTrue();
        assertThat(range.contains("ANT1-W-000200")).isTrue();
        assertThat(range.contains("ANT1-W-000100")).isFalse();
        assertThat(range.contains("ANT2-W-000150")).isFalse();
        assertThat(range.contains("ANT1-W-150")).isFalse();
        assertThat(range.contains(null)).isFalse();
    }

    @Test
    void ranges_overlap_only_with_the_same_prefix_and_shared_numbers() {
        SerialRange range = new SerialRange("ANT1-W", 101, 200);

        assertThat(range.overlaps(new SerialRange("ANT1-W", 200, 300))).isTrue();
        assertThat(range.overlaps(new SerialRange("ANT1-W", 1, 101))).isTrue();
        assertThat(range.overlaps(new SerialRange("ANT1-W", 120, 130))).isTrue();
        assertThat(range.overlaps(new SerialRange("ANT1-W", 201, 300))).isFalse();
        assertThat(range.overlaps(new SerialRange("DEU1-W", 101, 200))).isFalse();
    }

    @Test
    void the_described_form_parses_back() {
        SerialRange range = new SerialRange("ANT1-W", 101, 200);

        assertThat(SerialRange.parse(range.describe())).isEqualTo(range);
        assertThatThrownBy(() -> SerialRange.parse("ANT1-W-000101 .. DEU1-W-000200"))
                .isInstanceOf(DomainValidationException.class).hasMessageContaining("same prefix");
        assertThatThrownBy(() -> SerialRange.parse("101-200")).isInstanceOf(DomainValidationException.class);
    }
}
