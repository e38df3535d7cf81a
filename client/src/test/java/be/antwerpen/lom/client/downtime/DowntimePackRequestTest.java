package be.antwerpen.lom.client.downtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.location.LocationKind;
import be.antwerpen.lom.model.validation.DomainValidationException;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DowntimePackRequestTest {

    @Test
    void an_appointment_of_another_day_is_refused_naming_its_code_but_no_personal_data() {
        Appointment tomorrow = PackTestData.appointment(7, PackTestData.citizen(0), PackTestData.EID, LocalTime.of(9, 0));
        Appointment shifted = new Appointment(tomorrow.id(), tomorrow.code(), tomorrow.locationId(), tomorrow.productCode(),
                tomorrow.start().plusDays(1), tomorrow.end().plusDays(1), tomorrow.citizen(), tomorrow.status(),
                tomorrow.origin(), false, 1);

        assertThatThrownBy(() -> PackTestData.request(List.of(shifted), PackTestData.range(1, 10), List.of(), 0))
                .isInstanceOf(DomainValidationException.class)
                .hasMessageContaining("AP0007-K")
                .hasMessageNotContaining("Yılmaz")
                .hasMessageNotContaining(shifted.citizen().nationalRegisterNumber().digits());
    }

    @Test
    void an_appointment_of_another_location_is_refused() {
        Location deurne = new Location("deurne", "Districtshuis Deurne", LocationKind.REGIO, "");

        assertThatThrownBy(() -> new DowntimePackRequest(deurne, "Loket 1", PackTestData.DAY, PackTestData.GENERATED_AT,
                PackTestData.DATA_AS_OF, PackTestData.day(1), PackTestData.PRODUCTS, PackTestData.range(1, 10), List.of(), 0))
                .isInstanceOf(DomainValidationException.class)
                .hasMessageContaining("is not at deurne");
    }

    @Test
    void walk_in_products_must_be_in_the_catalogue_and_listed_once() {
        assertThatThrownBy(() -> PackTestData.request(List.of(), PackTestData.range(1, 10), List.of("UNKNOWN"), 1))
                .isInstanceOf(DomainValidationException.class).hasMessageContaining("not in the catalogue");
        assertThatThrownBy(() -> PackTestData.request(List.of(), PackTestData.range(1, 10), List.of("EID_APPLY", "EID_APPLY"), 1))
                .isInstanceOf(DomainValidationException.class).hasMessageContaining("listed twice");
    }

    @Test
    void data_newer_than_the_pack_and_negative_form_counts_are_refused() {
        assertThatThrownBy(() -> new DowntimePackRequest(PackTestData.ANTWERPEN, "Loket 1", PackTestData.DAY,
                PackTestData.DATA_AS_OF, PackTestData.GENERATED_AT, List.of(), PackTestData.PRODUCTS,
                PackTestData.range(1, 10), List.of(), 0))
                .isInstanceOf(DomainValidationException.class).hasMessageContaining("newer than the pack");
        assertThatThrownBy(() -> PackTestData.request(List.of(), PackTestData.range(1, 10), List.of("EID_APPLY"), -1))
                .isInstanceOf(DomainValidationException.class).hasMessageContaining("must not be negative");
    }

    @Test
    void blank_forms_needed_is_products_times_forms_per_product() {
        DowntimePackRequest request = PackTestData.request(List.of(), PackTestData.range(1, 100),
                List.of("EID_APPLY", "PASSPORT", "CERTIFICATE"), 7);

        assertThat(request.blankFormsNeeded()).isEqualTo(21);
    }
}
