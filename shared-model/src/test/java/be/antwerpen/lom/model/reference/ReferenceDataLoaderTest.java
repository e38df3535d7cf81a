package be.antwerpen.lom.model.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.location.Closure;
import be.antwerpen.lom.model.location.ClosureReason;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.location.LocationKind;
import be.antwerpen.lom.model.location.OpeningBlock;
import be.antwerpen.lom.model.location.WeeklySchedule;
import be.antwerpen.lom.model.product.Product;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataLoaderTest {

    private final ReferenceDataLoader loader = new ReferenceDataLoader();

    @Test
    void antwerp_example_has_the_ten_counters_with_their_fixed_ids() {
        ReferenceData data = ReferenceDataLoader.antwerpExample();

        assertThat(data.exampleData()).isTrue();
        assertThat(data.notice()).contains("EXAMPLE");
        assertThat(data.version()).isNotBlank();
        assertThat(data.slotMinutes()).isEqualTo(10);
        assertThat(data.locations()).filteredOn(l -> l.kind() == LocationKind.REGIO).extracting(Location::id)
                .containsExactly("antwerpen", "deurne", "merksem", "wilrijk");
        assertThat(data.locations()).filteredOn(l -> l.kind() == LocationKind.STAD).extracting(Location::id)
                .containsExactly("berendrecht", "berchem", "borgerhout", "linkeroever", "ekeren", "hoboken");
        assertThat(data.location("deurne")).map(Location::name).contains("Districtshuis Deurne");
    }

    @Test
    void regional_counters_open_monday_to_saturday_with_two_evenings() {
        ReferenceData data = ReferenceDataLoader.antwerpExample();
        for (String id : List.of("antwerpen", "deurne", "merksem", "wilrijk")) {
            WeeklySchedule schedule = data.schedule(id).orElseThrow();
            assertThat(schedule.openDays()).as(id).isEqualTo(6);
            assertThat(schedule.blocksOn(DayOfWeek.SUNDAY)).as(id).isEmpty();
            assertThat(schedule.blocksOn(DayOfWeek.SATURDAY)).as(id).isNotEmpty();
            assertThat(schedule.eveningOpenings()).as(id).isEqualTo(2);
        }
    }

    @Test
    void city_counters_open_two_days_with_one_evening_on_different_weekdays() {
        ReferenceData data = ReferenceDataLoader.antwerpExample();
        List<String> cityIds = List.of("berendrecht", "berchem", "borgerhout", "linkeroever", "ekeren", "hoboken");
        for (String id : cityIds) {
            WeeklySchedule schedule = data.schedule(id).orElseThrow();
            assertThat(schedule.openDays()).as(id).isEqualTo(2);
            assertThat(schedule.eveningOpenings()).as(id).isEqualTo(1);
            assertThat(schedule.blocks()).extracting(OpeningBlock::desks).allSatisfy(d -> assertThat(d).isBetween(2, 3));
        }
        assertThat(cityIds.stream().flatMap(id -> data.schedule(id).orElseThrow().blocks().stream())
                .map(OpeningBlock::day).distinct())
                .as("city counters are spread over the week")
                .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void catalogue_holds_the_common_products_on_the_ten_minute_grid() {
        ReferenceData data = ReferenceDataLoader.antwerpExample();

        assertThat(data.products()).extracting(Product::code).contains(
                "EID_APPLY", "EID_ACTIVATE", "KIDS_ID", "PASSPORT", "PASSPORT_URGENT", "RESIDENCE_DOCUMENT",
                "DRIVING_LICENCE", "DRIVING_LICENCE_INTERNATIONAL", "DRIVING_LICENCE_PROVISIONAL",
                "PARKING_PERMIT", "ADDRESS_CHANGE", "BIRTH_DECLARATION", "MARRIAGE_FILE", "LEGAL_COHABITATION",
                "DEATH_DECLARATION", "POPULATION_CERTIFICATE", "CIVIL_STATUS_DEED");
        assertThat(data.products()).allSatisfy(product -> {
            assertThat(product.durationMinutes() % 10).isZero();
            assertThat(product.durationMinutes()).isBetween(10, 40);
            assertThat(product.checklist()).isNotEmpty();
            assertThat(product.offeredAt()).contains(LocationKind.REGIO);
        });
        assertThat(data.product("MARRIAGE_FILE").orElseThrow().isOfferedAt(LocationKind.STAD)).isFalse();
        assertThat(data.product("EID_APPLY").orElseThrow().isOfferedAt(LocationKind.STAD)).isTrue();
    }

    @Test
    void public_holidays_of_2026_to_2028_are_merged_into_the_closures() {
        ReferenceData data = ReferenceDataLoader.antwerpExample();

        assertThat(data.closures()).filteredOn(c -> c.reason() == ClosureReason.PUBLIC_HOLIDAY).hasSize(30)
                .extracting(Closure::from)
                .contains(LocalDate.of(2026, 4, 6), LocalDate.of(2027, 3, 29), LocalDate.of(2028, 4, 17),
                        LocalDate.of(2028, 12, 25));
        assertThat(data.closures()).anySatisfy(c -> assertThat(c.reason()).isEqualTo(ClosureReason.ELECTION_DAY));
        assertThat(data.closures()).anySatisfy(c -> assertThat(c.locationId()).isEqualTo("deurne"));
        assertThat(data.closures()).extracting(Closure::from).isSorted();
    }

    @Test
    void loading_the_same_file_twice_gives_equal_data() {
        assertThat(ReferenceDataLoader.antwerpExample()).isEqualTo(ReferenceDataLoader.antwerpExample());
    }

    @Test
    void loads_from_a_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reference.json");
        Files.writeString(file, ReferenceDataJson.exampleText());

        assertThat(loader.fromFile(file)).isEqualTo(ReferenceDataLoader.antwerpExample());
    }

    @Test
    void a_missing_file_is_reported_without_a_stack_trace_in_the_message(@TempDir Path dir) {
        assertThatThrownBy(() -> loader.fromFile(dir.resolve("absent.json")))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("cannot read reference data file");
    }

    @Test
    void a_missing_resource_is_reported() {
        assertThatThrownBy(() -> loader.fromClasspath("/reference/absent.json"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("reference data resource not found: /reference/absent.json");
    }

    @Test
    void malformed_json_names_line_and_column() {
        assertThatThrownBy(() -> load("{\n  \"version\": \"1\",\n  \"slotMinutes\": 10,,\n}"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("reference data is not valid JSON at line 3")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("com.fasterxml"));
    }

    @Test
    void empty_input_is_rejected() {
        assertThatThrownBy(() -> load(""))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("reference data is empty");
    }

    private ReferenceData load(String json) {
        return loader.fromStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
