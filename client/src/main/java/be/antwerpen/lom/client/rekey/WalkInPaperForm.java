package be.antwerpen.lom.client.rekey;

import java.time.LocalDate;

/** A blank walk-in form printed with {@code serial} for {@code productCode} on {@code day}'s pack. */
public record WalkInPaperForm(String serial, String productCode, LocalDate day) implements PaperForm {

    @Override
    public String key() {
        return "W:" + serial;
    }
}
