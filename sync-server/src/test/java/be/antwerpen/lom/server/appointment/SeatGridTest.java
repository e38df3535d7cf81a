package be.antwerpen.lom.server.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.slot.SlotEngine;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.testing.Fixture;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * ADR 0131: the grid keeps the cells it worked out; every answer, asked again in any order, equals that of a
 * grid that never answered before, and a refused start is refused again each time with the same reason.
 */
class SeatGridTest {

    private static final ReferenceData REFERENCE = Fixture.REFERENCE;

    @Test
    void answers_asked_again_equal_those_of_a_fresh_grid_and_refusals_stay_refusals() {
        SeatGrid grid = new SeatGrid(REFERENCE, new SlotEngine(REFERENCE));
        Random random = new Random(16);
        List<String> locations = REFERENCE.locations().stream().map(l -> l.id()).toList();
        List<String> products = REFERENCE.products().stream().map(p -> p.code()).toList();
        List<Object[]> questions = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            LocalDate day = LocalDate.of(2026, 3, 20).plusDays(random.nextInt(240)); // across both DST changes
            LocalDateTime start = day.atTime(6 + random.nextInt(16), random.nextInt(12) * 5);
            questions.add(new Object[] {locations.get(random.nextInt(locations.size())),
                products.get(random.nextInt(products.size())), start});
        }
        int booked = 0;
        int refused = 0;
        for (int round = 0; round < 3; round++) {
            for (Object[] q : questions) {
                String location = (String) q[0];
                String product = (String) q[1];
                LocalDateTime start = (LocalDateTime) q[2];
                Object kept = answer(grid, location, product, start);
                Object fresh = answer(new SeatGrid(REFERENCE, new SlotEngine(REFERENCE)), location, product, start);
                assertThat(kept).isEqualTo(fresh);
                if (round == 0) {
                    booked += kept instanceof List ? 1 : 0;
                    refused += kept instanceof String ? 1 : 0;
                }
            }
        }
        assertThat(booked).isGreaterThan(100);
        assertThat(refused).isGreaterThan(100);
    }

    /** The cells, or the refusal's code and message. */
    private static Object answer(SeatGrid grid, String location, String product, LocalDateTime start) {
        Throwable refusal = catchThrowable(() -> grid.cells(location, product, start));
        if (refusal == null) {
            return grid.cells(location, product, start);
        }
        assertThat(refusal).isInstanceOf(Refusal.class);
        return ((Refusal) refusal).code() + ": " + refusal.getMessage();
    }
}
