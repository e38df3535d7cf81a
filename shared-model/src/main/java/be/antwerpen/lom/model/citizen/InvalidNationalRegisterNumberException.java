package be.antwerpen.lom.model.citizen;

import be.antwerpen.lom.model.validation.DomainValidationException;

/** A national register number was rejected; the message says why without repeating the number. */
public class InvalidNationalRegisterNumberException extends DomainValidationException {

    public InvalidNationalRegisterNumberException(String message) {
        super("nationalRegisterNumber", message);
    }
}
