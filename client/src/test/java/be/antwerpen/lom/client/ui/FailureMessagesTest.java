package be.antwerpen.lom.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.counter.CounterActionRefusedException;
import be.antwerpen.lom.client.failure.DeskFailure;
import be.antwerpen.lom.client.rekey.RekeyRefusedException;
import be.antwerpen.lom.model.validation.DomainValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FailureMessagesTest {

    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(the|this|not|choose|time|appointment)\\b");

    private final FailureMessages dutch = new FailureMessages(new Messages(Messages.DUTCH_BELGIUM));
    private final FailureMessages english = new FailureMessages(new Messages(Messages.ENGLISH));

    @Test
    void a_desk_failure_reads_in_the_persons_language_whatever_its_log_message_says() {
        CounterActionRefusedException taken = new CounterActionRefusedException(
                "this time is no longer free; choose another one", "failure.booking.taken");

        assertThat(dutch.describe(taken, "error.unexpected"))
                .isEqualTo("Dit moment is niet meer vrij. Kies een ander moment.");
        assertThat(dutch.describe(taken, "error.unexpected")).doesNotContainPattern(ENGLISH_WORDS);
        assertThat(english.describe(taken, "error.unexpected")).isEqualTo(
                "This time is no longer free. Choose another time.");
    }

    @Test
    void arguments_are_filled_in_and_a_text_argument_is_translated_too() {
        CounterActionRefusedException refused = new CounterActionRefusedException("an appointment that is served ...",
                "failure.counter.notPossible", DeskFailure.text("status.SERVED"));
        RekeyRefusedException entered = new RekeyRefusedException("this form (ANT-W-000001) was entered already",
                "failure.rekey.enteredAlready", "ANT-W-000001");

        assertThat(dutch.describe(refused, "error.unexpected"))
                .isEqualTo("Dit kan niet: de afspraak heeft status Geholpen.");
        assertThat(english.describe(entered, "error.unexpected")).isEqualTo("Form ANT-W-000001 was entered already.");
    }

    @Test
    void a_broken_domain_rule_is_named_by_its_field_and_anything_else_gets_the_screens_sentence() {
        DomainValidationException email = new DomainValidationException("email", "email is not a valid e-mail address");
        DomainValidationException unknownField = new DomainValidationException("colour", "colour is wrong");

        assertThat(dutch.describe(email, "error.unexpected")).isEqualTo("Het e-mailadres is niet geldig.");
        assertThat(dutch.describe(unknownField, "error.unexpected")).isEqualTo("Een ingevuld gegeven is niet geldig.");
        assertThat(dutch.describe(new IllegalStateException("bug"), "report.failed"))
                .isEqualTo(new Messages(Messages.DUTCH_BELGIUM).get("report.failed"));
    }

    @Test
    void both_bundles_have_the_same_keys() throws IOException {
        Properties dutchBundle = bundle("/i18n/messages_nl.properties");
        Properties englishBundle = bundle("/i18n/messages_en.properties");

        assertThat(dutchBundle.stringPropertyNames()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(englishBundle.stringPropertyNames());
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FailureMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(in);
        }
        return properties;
    }
}
