package be.antwerpen.lom.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every refusal code raised anywhere (shared rules, server) has a sentence in both bundles (ADR 0114), so
 * no refusal falls back to the general sentence unnoticed. The desk's own checks raise a {@code DeskFailure}
 * with a bundle key instead (ADR 0105), checked by {@code FailureMessagesTest}.
 */
class RefusalCodesWordedTest {

    private static final Pattern RAISED = Pattern.compile(
            "(?:Rejected\\.because|Refusal\\.of|InvalidNationalRegisterNumberException)\\(\\s*\"([^\"]+)\",\\s"
                    + "|DomainValidationException\\(\\s*[\\w\"]+,\\s*\"([a-zA-Z]+(?:\\.[a-zA-Z]+)*)\",");

    @Test
    void every_code_raised_in_the_sources_has_a_dutch_and_an_english_sentence() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (String root : new String[] {"../shared-model/src/main/java", "../sync-server/src/main/java", "src/main/java"}) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = RAISED.matcher(Files.readString(file));
                    while (m.find()) {
                        codes.add(m.group(1) != null ? m.group(1) : m.group(2));
                    }
                }
            }
        }
        assertThat(codes).as("codes found").contains("nrn.checkDigits", "lifecycle.final", "appointment.unknown",
                "slot.full", "tooLong");

        for (String language : new String[] {"nl", "en"}) {
            Properties bundle = MessageBundlesTest.load(language);
            assertThat(codes).as("codes without a sentence in " + language)
                    .filteredOn(code -> !bundle.containsKey("refusal." + code)).isEmpty();
        }
    }
}
