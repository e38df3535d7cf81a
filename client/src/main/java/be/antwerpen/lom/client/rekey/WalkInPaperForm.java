package be.antwerpen.lom.client.rekey;

import be.antwerpen.lom.model.sync.PaperPile;
import java.time.LocalDate;

/**
 * A blank walk-in form printed with {@code serial} for {@code productCode} on {@code day}'s pack, taken from
 * {@code pile}: the run of serials that pack printed for the product (ADR 0159).
 */
public record WalkInPaperForm(String serial, String productCode, LocalDate day, PaperPile pile) implements PaperForm {

    @Override
    public String key() {
        return "W:" + serial;
    }
}
