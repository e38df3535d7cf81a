package be.antwerpen.lom.client.ui;

import be.antwerpen.lom.client.failure.DeskFailure;
import be.antwerpen.lom.client.sync.ServerRefusedException;
import be.antwerpen.lom.model.refusal.Refusal;
import be.antwerpen.lom.model.validation.DomainValidationException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Words a refusal in the desk's language from its code and parameters (ADR 0114): {@code refusal.<code>}
 * in the bundle, each parameter replaced by its {@code refusal.term.<param>} (field, status, action) or
 * shown as a Belgian date when it is one. A refusal without a known code (an older server) is worded
 * with the given fallback key, never with the server's English sentence.
 */
public final class RefusalWording {

    private RefusalWording() {
    }

    /** The sentence for {@code refusal}; {@code fallbackKey} when it has no code this desk knows. */
    public static String word(Messages messages, Refusal refusal, String fallbackKey) {
        if (refusal != null && refusal.code() != null && messages.has("refusal." + refusal.code())) {
            List<String> params = refusal.params();
            Object[] words = new Object[params.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = term(messages, params.get(i));
            }
            return messages.get("refusal." + refusal.code(), words);
        }
        return messages.get(fallbackKey);
    }

    /** The sentence for a refusal stored in the outbox ({@link Refusal#encode()} or plain older text). */
    public static String stored(Messages messages, String stored, String fallbackKey) {
        return stored == null || stored.isBlank() ? "" : word(messages, Refusal.decode(stored), fallbackKey);
    }

    /** The sentence for a refused desk action or a refused server request. */
    public static String of(Messages messages, Exception e) {
        if (e instanceof DeskFailure d) {
            // a coded refusal by its code; a failure the desk itself found through the one presenter
            Refusal coded = d.codedReason();
            return coded != null && coded.code() != null && messages.has("refusal." + coded.code())
                    ? word(messages, coded, "refusal.unknown")
                    : new FailureMessages(messages).describe(d, "refusal.unknown");
        }
        if (e instanceof DomainValidationException d) {
            return word(messages, d.refusal(), "refusal.unknown");
        }
        if (e instanceof ServerRefusedException s && s.body() != null) {
            String byCode = s.body().code() == null ? "refusal.unknown" : "error." + s.body().code();
            return word(messages, s.body().refusal(), messages.has(byCode) ? byCode : "refusal.unknown");
        }
        return messages.get("refusal.unknown");
    }

    private static Object term(Messages messages, String param) {
        if (messages.has("refusal.term." + param)) {
            return messages.get("refusal.term." + param);
        }
        if (param.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(param).format(messages.date());
            } catch (DateTimeParseException e) {
                return param;
            }
        }
        return param;
    }
}
