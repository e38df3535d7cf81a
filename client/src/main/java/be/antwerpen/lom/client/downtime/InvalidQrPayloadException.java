package be.antwerpen.lom.client.downtime;

import be.antwerpen.lom.model.validation.DomainValidationException;

/** A scanned or typed form code could not be read; the message says why without repeating the input. */
public class InvalidQrPayloadException extends DomainValidationException {

    public InvalidQrPayloadException(String message) {
        super("qrPayload", message);
    }
}
