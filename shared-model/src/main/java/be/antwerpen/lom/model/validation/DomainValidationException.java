package be.antwerpen.lom.model.validation;

/**
 * A value broke a domain rule. The message is a plain sentence meant for a person and never
 * contains the rejected personal data itself; {@link #field()} names the input it is about.
 */
public class DomainValidationException extends IllegalArgumentException {

    private final String field;

    public DomainValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the offending input (a JSON field, a form field), or {@code null}. */
    public String field() {
        return field;
    }
}
