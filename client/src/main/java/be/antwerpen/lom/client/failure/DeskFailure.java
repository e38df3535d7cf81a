package be.antwerpen.lom.client.failure;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The base of every failure a person at the desk must read about: a refusal (this is not possible) or a
 * condition (the server cannot be reached). The exception message is an English sentence for the log;
 * the screen shows the bundle text of {@link #messageKey()} with {@link #arguments()} in the person's
 * language, through one presenter (ADR 0105). Neither ever holds personal data.
 */
public class DeskFailure extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    protected DeskFailure(String message, String messageKey, Object... arguments) {
        this(message, null, messageKey, arguments);
    }

    protected DeskFailure(String message, Throwable cause, String messageKey, Object... arguments) {
        super(message, cause);
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    /** The key of the sentence in the desk's message bundles. */
    public String messageKey() {
        return messageKey;
    }

    /** The values the sentence names; a {@link Text} is itself looked up in the bundles. */
    public List<Object> arguments() {
        return arguments;
    }

    /** An argument that is a text of the bundles itself, e.g. the name of a status. */
    public static Text text(String key) {
        return new Text(key);
    }

    /** A bundle key standing for its text in the person's language. */
    public record Text(String key) {
        public Text {
            Objects.requireNonNull(key, "key");
        }
    }
}
