package be.antwerpen.lom.model.citizen;

import be.antwerpen.lom.model.validation.DomainValidationException;

/** A national register number was rejected; the message says why without repeating the number. */
public class InvalidNationalRegisterNumberException extends DomainValidationException {

    public InvalidNationalRegisterNumberException(String code, String message, Object... params) {
        super("nationalRegisterNumber", code, message, params);
    }
}
