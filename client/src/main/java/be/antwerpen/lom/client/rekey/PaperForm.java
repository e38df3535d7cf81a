package be.antwerpen.lom.client.rekey;

import java.time.LocalDate;

/** A paper form found by its code: an appointment's intake form or a blank walk-in form. */
public sealed interface PaperForm permits AppointmentPaperForm, WalkInPaperForm {

    /** Unique key of the form: {@code A:<appointment code>} or {@code W:<serial>}. */
    String key();

    /** The day the form was printed for. */
    LocalDate day();
}
