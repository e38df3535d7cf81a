package be.antwerpen.lom.model.sync;

import be.antwerpen.lom.model.refusal.Refusal;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON body of every error response.
 *
 * @param code       stable machine-readable code, e.g. {@code invalid_input}, {@code not_found}
 * @param message    a sentence a person can read (English); never contains personal data
 * @param field      the offending input field, when there is one
 * @param reasonCode the stable code of the rule that refused (ADR 0114), e.g. {@code nrn.checkDigits}, that
 *                   a desk words in its own language; {@code null} when there is none
 * @param params     the reason's parameters in the order its code defines; never personal data; both left out
 *                   of the JSON when empty
 */
public record ErrorBody(String code, String message, String field,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String reasonCode,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> params) {

    public ErrorBody {
        params = params == null ? List.of() : List.copyOf(params);
    }

    public ErrorBody(String code, String message, String field) {
        this(code, message, field, null, List.of());
    }

    /** An error body that carries a coded refusal. */
    public static ErrorBody of(String code, Refusal refusal, String field) {
        return new ErrorBody(code, refusal.message(), field, refusal.code(), refusal.params());
    }

    /** The reason as a refusal (code, parameters and the English sentence). */
    public Refusal refusal() {
        return new Refusal(reasonCode, params, message);
    }
}
