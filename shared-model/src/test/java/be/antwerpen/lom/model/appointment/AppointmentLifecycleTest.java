package be.antwerpen.lom.model.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppointmentLifecycleTest {

    /**
     * The whole life cycle, written out by hand: one row per status, one column per action.
     * {@code applied}: moves to the action's target status; {@code repeat}: already there,
     * nothing changes; {@code refused}: not allowed.
     */
    private static final String EXPECTED = """
                          CHECK_IN  CALL     START_SERVICE  MARK_SERVED  MARK_NO_SHOW  CANCEL
            BOOKED        applied   applied  applied        refused      applied       applied
            CHECKED_IN    repeat    applied  applied        applied      applied       applied
            CALLED        refused   repeat   applied        applied      applied       refused
            IN_SERVICE    refused   refused  repeat         applied      refused       refused
            SERVED        refused   refused  refused        repeat       refused       refused
            NO_SHOW       refused   refused  refused        refused      repeat        refused
            CANCELLED     refused   refused  refused        refused      refused       repeat
            """;

    private record Expectation(AppointmentStatus from, AppointmentAction action, String kind) {
    }

    private static List<Expectation> expectations() {
        List<String> lines = EXPECTED.lines().filter(l -> !l.isBlank()).toList();
        List<AppointmentAction> columns = Stream.of(lines.get(0).trim().split("\\s+"))
                .map(AppointmentAction::valueOf).toList();
        List<Expectation> expectations = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            AppointmentStatus from = AppointmentStatus.valueOf(cells[0]);
            for (int c = 0; c < columns.size(); c++) {
                expectations.add(new Expectation(from, columns.get(c), cells[c + 1]));
            }
        }
        return expectations;
    }

    @Test
    void the_expected_table_covers_every_status_and_every_action_once() {
        List<Expectation> expectations = expectations();

        assertThat(expectations).hasSize(AppointmentStatus.values().length * AppointmentAction.values().length);
        assertThat(expectations).extracting(e -> e.from() + "/" + e.action()).doesNotHaveDuplicates();
        assertThat(expectations).extracting(Expectation::kind).containsOnly("applied", "repeat", "refused");
    }

    @TestFactory
    Stream<DynamicTest> every_status_and_action_pair_gives_the_expected_result() {
        return expectations().stream().map(expected -> DynamicTest.dynamicTest(
                expected.action() + " on " + expected.from() + " is " + expected.kind(), () -> {
                    TransitionResult result = AppointmentLifecycle.apply(expected.from(), expected.action());
                    switch (expected.kind()) {
                        case "applied" -> {
                            assertThat(result).isEqualTo(new TransitionResult.Applied(expected.action().target()));
                            assertThat(AppointmentLifecycle.allowedFrom(expected.action())).contains(expected.from());
                        }
                        case "repeat" -> assertThat(result).isEqualTo(new TransitionResult.Repeat(expected.from()));
                        default -> {
                            assertThat(result).isInstanceOf(TransitionResult.Refused.class);
                            assertThat(result.status()).isEqualTo(expected.from());
                            assertThat(AppointmentLifecycle.allowedFrom(expected.action()))
                                    .doesNotContain(expected.from());
                        }
                    }
                    assertThat(AppointmentLifecycle.isPossible(expected.from(), expected.action()))
                            .isEqualTo(!expected.kind().equals("refused"));
                }));
    }

    @Test
    void repeating_an_action_has_no_further_effect() {
        SoftAssertions softly = new SoftAssertions();
        for (AppointmentStatus from : AppointmentStatus.values()) {
            for (AppointmentAction action : AppointmentAction.values()) {
                TransitionResult first = AppointmentLifecycle.apply(from, action);
                if (first instanceof TransitionResult.Refused) {
                    continue;
                }
                TransitionResult second = AppointmentLifecycle.apply(first.status(), action);
                softly.assertThat(second).as("%s twice from %s", action, from)
                        .isEqualTo(new TransitionResult.Repeat(action.target()));
            }
        }
        softly.assertAll();
    }

    @Test
    void final_states_accept_only_a_repeat() {
        EnumSet<AppointmentStatus> finals = EnumSet.of(
                AppointmentStatus.SERVED, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED);
        assertThat(EnumSet.allOf(AppointmentStatus.class)).filteredOn(AppointmentStatus::isFinal)
                .containsExactlyInAnyOrderElementsOf(finals);

        for (AppointmentStatus status : finals) {
            for (AppointmentAction action : AppointmentAction.values()) {
                TransitionResult result = AppointmentLifecycle.apply(status, action);
                assertThat(result).as("%s on %s", action, status)
                        .isInstanceOf(action.target() == status
                                ? TransitionResult.Repeat.class : TransitionResult.Refused.class);
            }
        }
    }

    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource(delimiter = '|', value = {
            "CALLED     | CANCEL        | an appointment that is called cannot be cancelled",
            "IN_SERVICE | MARK_NO_SHOW  | an appointment that is in service cannot be marked as no-show",
            "IN_SERVICE | CALL          | an appointment that is in service cannot be called",
            "CALLED     | CHECK_IN      | an appointment that is called cannot be checked in",
            "BOOKED     | MARK_SERVED   | an appointment that is booked cannot be marked as served before the citizen has checked in",
            "SERVED     | CANCEL        | the appointment is already served; it cannot be cancelled any more",
            "CANCELLED  | START_SERVICE | the appointment is already cancelled; it cannot be taken into service any more",
            "NO_SHOW    | CHECK_IN      | the appointment is already marked as no-show; it cannot be checked in any more",
    })
    void a_refusal_gives_a_reason_a_person_can_read(AppointmentStatus from, AppointmentAction action, String reason) {
        assertThat(AppointmentLifecycle.apply(from, action)).isInstanceOfSatisfying(TransitionResult.Refused.class,
                refused -> {
                    assertThat(refused.status()).isEqualTo(from);
                    assertThat(refused.reason()).isEqualTo(reason);
                });
    }

    @Test
    void a_refusal_carries_a_code_with_the_status_and_the_action_for_the_desk_to_word() {
        assertThat(AppointmentLifecycle.apply(AppointmentStatus.SERVED, AppointmentAction.CANCEL))
                .isInstanceOfSatisfying(TransitionResult.Refused.class, refused -> {
                    assertThat(refused.refusal().code()).isEqualTo("lifecycle.final");
                    assertThat(refused.refusal().params()).containsExactly("SERVED", "CANCEL");
                });
        assertThat(AppointmentLifecycle.apply(AppointmentStatus.BOOKED, AppointmentAction.MARK_SERVED))
                .isInstanceOfSatisfying(TransitionResult.Refused.class, refused ->
                        assertThat(refused.refusal().code()).isEqualTo("lifecycle.servedBeforeCheckIn"));
    }

    @Test
    void no_refusal_reason_shows_an_enum_constant() {
        for (AppointmentStatus from : AppointmentStatus.values()) {
            for (AppointmentAction action : AppointmentAction.values()) {
                if (AppointmentLifecycle.apply(from, action) instanceof TransitionResult.Refused refused) {
                    assertThat(refused.reason()).as("%s on %s", action, from)
                            .doesNotContain("_").isEqualTo(refused.reason().toLowerCase(Locale.ROOT))
                            .doesNotContain("null");
                }
            }
        }
    }
}
