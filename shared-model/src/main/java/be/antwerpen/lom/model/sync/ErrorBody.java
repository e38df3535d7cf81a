package be.antwerpen.lom.model.sync;

/**
 * The JSON body of every error response.
 *
 * @param code    stable machine-readable code, e.g. {@code invalid_input}, {@code not_found}
 * @param message a sentence a person can read; never contains personal data
 * @param field   the offending input field, when there is one
 */
public record ErrorBody(String code, String message, String field) {
}
