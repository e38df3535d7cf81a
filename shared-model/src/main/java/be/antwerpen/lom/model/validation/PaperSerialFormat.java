package be.antwerpen.lom.model.validation;

import java.util.regex.Pattern;

/**
 * The form of a walk-in form's serial, as printed ({@code PREFIX-NNNNNN}, e.g. {@code ANT-W-000123}) or
 * as typed from it: one to three groups of letters or digits joined by '-', a dash and a number of one
 * to six digits (leading zeros may be left out), case and surrounding blanks ignored (ADR 0029).
 */
public final class PaperSerialFormat {

    private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9]{1,8}(-[A-Za-z0-9]{1,8}){0,2}-[0-9]{1,6}");

    private PaperSerialFormat() {
    }

    public static boolean isSerial(String text) {
        return text != null && SERIAL.matcher(text.strip()).matches() && !text.strip().matches(".*-0+");
    }

    /** Refuses text that is not a serial, with a message that shows the expected form. */
    public static void require(String text, String field) {
        Require.present(text, field);
        if (!isSerial(text)) {
            throw new DomainValidationException(field, "paper.serialFormat",
                    field + " is not a form serial: letters or digits, a dash and the form's number, e.g. ANT-W-000123", field);
        }
    }
}
