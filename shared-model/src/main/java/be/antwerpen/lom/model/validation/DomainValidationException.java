package be.antwerpen.lom.model.validation;

import be.antwerpen.lom.model.refusal.Refusal;
import java.util.List;

/**
 * A value broke a domain rule. The message is a plain sentence meant for a person and never
 * contains the rejected personal data itself; {@link #field()} names the input it is about, and
 * {@link #refusal()} carries a stable code with parameters that a desk words in its own language
 * (ADR 0114). Without a specific code the code is {@link Refusal#INVALID} with the field as parameter.
 */
public class DomainValidationException extends IllegalArgumentException {

    private final String field;
    private final String code;
    private final List<String> params;

    public DomainValidationException(String field, String message) {
        this(field, Refusal.INVALID, message, field == null ? "" : field);
    }

    /** A refusal with a stable code and parameters (field names, limits; never personal data). */
    public DomainValidationException(String field, String code, String message, Object... params) {
        super(message);
        this.field = field;
        this.code = code;
        this.params = Refusal.of(code, message, params).params();
    }

    /** The name of the offending input (a JSON field, a form field), or {@code null}. */
    public String field() {
        return field;
    }

    /** The stable code and parameters of this refusal with its English message. */
    public Refusal refusal() {
        return new Refusal(code, params, getMessage());
    }
}
