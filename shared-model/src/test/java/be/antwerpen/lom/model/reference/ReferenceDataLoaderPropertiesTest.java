package be.antwerpen.lom.model.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ReferenceDataLoaderPropertiesTest {

    private static final int PRODUCTS_IN_EXAMPLE = 17;

    @Provide
    Arbitrary<Integer> badDurations() {
        return Arbitraries.integers().between(-100, 400).filter(d -> d <= 0 || d > 240 || d % 10 != 0);
    }

    @Property(tries = 50)
    void any_bad_duration_is_reported_against_its_product(
            @ForAll @IntRange(min = 0, max = PRODUCTS_IN_EXAMPLE - 1) int index, @ForAll("badDurations") int duration) {
        ObjectNode tree = ReferenceDataJson.exampleTree();
        ObjectNode product = (ObjectNode) tree.withArray("products").get(index);
        product.put("durationMinutes", duration);

        ReferenceDataException error = catchThrowableOfType(ReferenceDataException.class, () -> load(tree));

        assertThat(error.getMessage())
                .startsWith("products[" + index + "] (code " + product.get("code").asText() + "): ")
                .containsAnyOf("durationMinutes", "more than 4 hours")
                .doesNotContain("com.fasterxml", "Exception");
    }

    @Provide
    Arbitrary<String> badTimes() {
        return Arbitraries.of("9:00", "25:00", "noon", "", "09:00:00+01:00", "12h30");
    }

    @Property(tries = 40)
    void any_unreadable_time_is_reported_against_its_block(
            @ForAll @IntRange(min = 0, max = 9) int schedule, @ForAll("badTimes") String time) {
        ObjectNode tree = ReferenceDataJson.exampleTree();
        ObjectNode block = (ObjectNode) tree.withArray("schedules").get(schedule).get("blocks").get(0);
        block.put("start", time);
        String locationId = tree.withArray("schedules").get(schedule).get("locationId").asText();

        ReferenceDataException error = catchThrowableOfType(ReferenceDataException.class, () -> load(tree));

        assertThat(error.getMessage())
                .startsWith("schedules[" + schedule + "] (locationId " + locationId + ").blocks[0]")
                .doesNotContain("com.fasterxml", "Exception", "\n");
    }

    private static ReferenceData load(ObjectNode tree) {
        byte[] json = ReferenceDataJson.text(tree).getBytes(StandardCharsets.UTF_8);
        return new ReferenceDataLoader().fromStream(new ByteArrayInputStream(json));
    }
}
