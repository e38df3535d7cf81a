package be.antwerpen.lom.model.reference;

import be.antwerpen.lom.model.validation.DomainValidationException;

/**
 * A reference data set could not be read or broke a rule. The message names the offending entry,
 * e.g. {@code products[3] (code EID_APPLY): durationMinutes must be a multiple of 10}, and
 * {@link #field()} holds that entry's path (e.g. {@code products[3]}).
 */
public class ReferenceDataException extends DomainValidationException {

    public ReferenceDataException(String entry, String message) {
        super(entry, entry == null || entry.isEmpty() ? message : entry + ": " + message);
    }

    public ReferenceDataException(String entry, String message, Throwable cause) {
        this(entry, message);
        initCause(cause);
    }
}
