package be.antwerpen.lom.client.ui;

import be.antwerpen.lom.client.failure.DeskFailure;
import be.antwerpen.lom.model.validation.DomainValidationException;

/**
 * The one place where a failure becomes a sentence on screen (ADR 0105): a {@link DeskFailure} by its
 * message key and arguments, a domain rule by the field it is about, anything else as the screen's
 * general failure sentence. The texts come from the bundles of the person's language.
 */
public final class FailureMessages {

    private final Messages messages;

    public FailureMessages(Messages messages) {
        this.messages = messages;
    }

    /**
     * The sentence for {@code failure}.
     *
     * @param otherwiseKey the key of the screen's sentence for a failure that is neither a desk failure
     *                     nor a broken domain rule (a bug, a full disk)
     */
    public String describe(Exception failure, String otherwiseKey) {
        if (failure instanceof DeskFailure desk) {
            Object[] arguments = desk.arguments().stream()
                    .map(a -> a instanceof DeskFailure.Text text ? messages.get(text.key()) : a)
                    .toArray();
            return messages.get(desk.messageKey(), arguments);
        }
        if (failure instanceof DomainValidationException invalid) {
            String field = "failure.invalid." + invalid.field();
            return messages.has(field) ? messages.get(field) : messages.get("failure.invalid");
        }
        return messages.get(otherwiseKey);
    }
}
