package be.antwerpen.lom.client.downtime;

import be.antwerpen.lom.model.validation.DomainValidationException;

/** A serial range was offered that shares serials with a range already leased. */
public class OverlappingSerialRangeException extends DomainValidationException {

    public OverlappingSerialRangeException(SerialRange offered, SerialRange leased) {
        super("serialRange", "the serial range " + offered.describe() + " overlaps the leased range " + leased.describe());
    }
}
