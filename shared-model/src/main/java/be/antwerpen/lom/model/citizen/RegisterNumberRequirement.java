package be.antwerpen.lom.model.citizen;

import be.antwerpen.lom.model.validation.DomainValidationException;

/**
 * Where a citizen's national register number is required (ADR 0029), one rule on every path (web API,
 * desk sync, paper re-keying):
 * <ul>
 *   <li>a booking ({@code Book}, {@code POST /appointments}) carries the number, or says explicitly
 *   that the citizen has none known ({@code registerNumberUnknown: true}, e.g. a newcomer not yet
 *   registered in Belgium); silence is refused, and so is a number together with the marker;</li>
 *   <li>a walk-in (at the counter or re-keyed from a paper form) may lack it: the citizen stands at
 *   the desk and paper forms often do not have it.</li>
 * </ul>
 */
public final class RegisterNumberRequirement {

    public static final String FIELD = "citizen.nationalRegisterNumber";

    private RegisterNumberRequirement() {
    }

    /** Refuses a booking whose citizen has no register number unless it is marked as unknown. */
    public static void forBooking(Citizen citizen, Boolean registerNumberUnknown) {
        boolean unknown = Boolean.TRUE.equals(registerNumberUnknown);
        if (citizen == null) {
            return;
        }
        if (citizen.nationalRegisterNumber() == null && !unknown) {
            throw new DomainValidationException(FIELD, "nrn.missing", "a booking needs the citizen's national register number,"
                    + " or registerNumberUnknown: true when the citizen has none");
        }
        if (citizen.nationalRegisterNumber() != null && unknown) {
            throw new DomainValidationException(FIELD, "nrn.bothGiven",
                    "a booking has either a national register number or registerNumberUnknown: true, not both");
        }
    }
}
