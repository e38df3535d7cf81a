package be.antwerpen.lom.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures run the whole transaction again: races another instance won on a checked unique index. */
class TransientTest {

    @Test
    void a_race_on_the_paper_serial_or_the_one_live_booking_runs_again_and_any_other_duplicate_does_not() {
        assertThat(Transient.is(new SQLException("ERROR: duplicate key value violates unique constraint"
                + " \"receipts_by_paper_serial\"", "23505"))).isTrue();
        assertThat(Transient.is(new SQLException("ERROR: duplicate key value violates unique constraint"
                + " \"appointments_one_live_booking_per_citizen_slot\"", "23505"))).isTrue();
        assertThat(Transient.is(new SQLException("ERROR: duplicate key value violates unique constraint"
                + " \"command_receipts_pkey\"", "23505"))).isFalse();
        assertThat(Transient.is(new SQLException("could not serialize access", "40001"))).isTrue();
    }
}
