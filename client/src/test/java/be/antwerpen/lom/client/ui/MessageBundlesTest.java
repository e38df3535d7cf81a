package be.antwerpen.lom.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Both languages have every text, none of them empty, and the same placeholders. */
class MessageBundlesTest {

    @Test
    void every_key_is_in_both_bundles() throws IOException {
        Properties dutch = load("nl");
        Properties english = load("en");

        Set<String> onlyDutch = new TreeSet<>(dutch.stringPropertyNames());
        onlyDutch.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(dutch.stringPropertyNames());

        assertThat(onlyDutch).as("keys missing from the English bundle").isEmpty();
        assertThat(onlyEnglish).as("keys missing from the Dutch bundle").isEmpty();
    }

    @Test
    void no_value_is_empty() throws IOException {
        for (String language : new String[] {"nl", "en"}) {
            Properties bundle = load(language);
            assertThat(bundle.stringPropertyNames()).as(language)
                    .filteredOn(key -> bundle.getProperty(key).isBlank()).isEmpty();
        }
    }

    @Test
    void a_text_with_placeholders_keeps_its_apostrophes() throws IOException {
        // MessageFormat reads a single ' as the start of a quote: "the desk's {0}" would lose the apostrophe and
        // any placeholder after it; such a text doubles it ("the desk''s {0}")
        for (String language : new String[] {"nl", "en"}) {
            Properties bundle = load(language);
            assertThat(new TreeSet<>(bundle.stringPropertyNames())).as(language)
                    .filteredOn(key -> bundle.getProperty(key).matches("(?s).*\\{\\d.*")
                            && bundle.getProperty(key).replace("''", "").contains("'"))
                    .isEmpty();
        }
    }

    @Test
    void both_languages_use_the_same_placeholders() throws IOException {
        Properties dutch = load("nl");
        Properties english = load("en");
        for (String key : dutch.stringPropertyNames()) {
            assertThat(placeholders(english.getProperty(key, ""))).as(key)
                    .isEqualTo(placeholders(dutch.getProperty(key)));
        }
    }

    @Test
    void no_dutch_text_holds_an_english_word_or_a_code() throws IOException {
        Properties dutch = load("nl");
        var rules = new be.antwerpen.lom.client.ui.walk.LanguageRules("nl");

        assertThat(new TreeSet<>(dutch.stringPropertyNames())).as("Dutch texts with English words or codes")
                .filteredOn(key -> !rules.problems(dutch.getProperty(key)).isEmpty())
                .extracting(key -> key + " = " + dutch.getProperty(key) + " -> " + rules.problems(dutch.getProperty(key)))
                .isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        var m = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
