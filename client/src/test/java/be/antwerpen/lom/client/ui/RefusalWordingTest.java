package be.antwerpen.lom.client.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.antwerpen.lom.client.counter.CounterActionRefusedException;
import be.antwerpen.lom.client.sync.ServerRefusedException;
import be.antwerpen.lom.model.appointment.AppointmentAction;
import be.antwerpen.lom.model.appointment.AppointmentLifecycle;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.appointment.TransitionResult;
import be.antwerpen.lom.model.citizen.InvalidNationalRegisterNumberException;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.refusal.Refusal;
import be.antwerpen.lom.model.sync.ErrorBody;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusalWordingTest {

    private final Messages dutch = Messages.forLanguage("nl");
    private final Messages english = Messages.forLanguage("en");

    @Test
    void a_wrong_check_digit_reads_in_dutch_on_a_dutch_desk() {
        var e = catchThrowableOfType(InvalidNationalRegisterNumberException.class,
                () -> NationalRegisterNumber.parse("85.07.30-033.29", LocalDate.of(2026, 12, 1)));

        assertThat(dutch.get("action.refused", RefusalWording.of(dutch, e)))
                .isEqualTo("Dit kan niet: de controlecijfers passen niet bij het rijksregisternummer.");
        assertThat(RefusalWording.of(english, e)).isEqualTo("the check digits do not match the national register number.");
    }

    @Test
    void a_refused_step_words_the_status_and_the_action_in_the_desk_language() {
        Refusal refusal = ((TransitionResult.Refused) AppointmentLifecycle.apply(AppointmentStatus.SERVED,
                AppointmentAction.CANCEL)).refusal();

        assertThat(RefusalWording.of(dutch, new CounterActionRefusedException(refusal)))
                .isEqualTo("de afspraak is al geholpen; ze kan niet meer geannuleerd worden.");
    }

    @Test
    void field_names_and_dates_in_parameters_are_worded_too() {
        assertThat(RefusalWording.word(dutch, Refusal.of("tooLong", "x", "givenName", 100), "refusal.unknown"))
                .isEqualTo("De voornaam is langer dan 100 tekens.");
        assertThat(RefusalWording.word(dutch, Refusal.of("paper.closedDay", "x", LocalDate.of(2026, 12, 25)),
                "refusal.unknown")).isEqualTo("de locatie was gesloten op 25/12/2026.");
    }

    @Test
    void a_reason_stored_in_the_outbox_reads_in_the_language_chosen_now() {
        String stored = Refusal.of("appointment.unknown", "the appointment does not exist").encode();

        assertThat(RefusalWording.stored(dutch, stored, "refusal.unknown"))
                .isEqualTo("deze afspraak bestaat niet (meer) op de server.");
        assertThat(RefusalWording.stored(english, stored, "refusal.unknown"))
                .isEqualTo("this appointment does not exist (any more) on the server.");
    }

    @Test
    void an_english_sentence_without_a_code_is_never_shown_on_a_dutch_desk() {
        assertThat(RefusalWording.stored(dutch, "the slot is still fully booked", "refusal.unknown"))
                .isEqualTo("deze wijziging is niet toegestaan.");
        assertThat(RefusalWording.word(dutch, Refusal.of("no.such.code", "whatever"), "refusal.conflict"))
                .isEqualTo("een supervisor beslist wat klopt (tabblad Conflicten).");
    }

    @Test
    void a_server_error_without_a_reason_code_is_worded_by_its_error_code() {
        var e = new ServerRefusedException(403, new ErrorBody("forbidden", "only supervisors may do this", null));

        assertThat(RefusalWording.of(dutch, e)).isEqualTo("u hebt hiervoor geen rechten.");
    }

    @Test
    void a_server_error_with_a_reason_code_is_worded_by_that_code() {
        var e = new ServerRefusedException(409, new ErrorBody("rejected", "the chosen slot is fully booked", null,
                "slot.full", List.of()));

        assertThat(RefusalWording.of(dutch, e)).isEqualTo("dit moment is niet meer vrij; kies een ander.");
    }
}
