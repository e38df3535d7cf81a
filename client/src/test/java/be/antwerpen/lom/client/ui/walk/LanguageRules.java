package be.antwerpen.lom.client.ui.walk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What may not be on a screen: a bundle key instead of its text (both languages), a raw enum name, a
 * UUID or a location id (both languages), and in Dutch an English word. The word list holds English
 * words that are not also Dutch words ("is", "of", "in", "open", "type" are left out on purpose).
 */
public final class LanguageRules {

    private static final Pattern ENGLISH = Pattern.compile("(?i)(?<![\\p{L}\\-])(the|and|with|from|to|at|for|by|on|or|be"
            + "|cannot|can't|must|please|error|refused|rejected|already|appointments?|desk|served|cancell?ed|checked|booked"
            + "|search|save|cancel|yes|no|file|folder|look|today|book|login|logout|password|user|name|date|time"
            + "|select|option|input|message|home|list|up|new|size|modified|attributes|refresh|view|create|choose"
            + "|does|exist|not|unknown|only|will|there|this|that|which|your|you|has|were|walk-in"
            + "|check-in|no-show|enrol(?:l|ment)?|server.s|waiting|pending|applied|called|arrived|day"
            + ")(?![\\p{L}\\-])");
    private static final Pattern RAW_ENUM = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9]*_[A-Z0-9_]+(?![\\w-])"
            + "|(?<![\\w-])[A-Z]{4,}(?![\\w-])");
    private static final Pattern UUID = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final List<String> LOCATION_IDS = List.of("antwerpen", "deurne", "merksem", "wilrijk", "berendrecht",
            "berchem", "borgerhout", "linkeroever", "ekeren", "hoboken");

    private final String language;
    private final Set<String> keys = new HashSet<>();
    private final Set<String> allowed = new HashSet<>();

    public LanguageRules(String language) {
        this.language = language;
        keys.addAll(load("nl").stringPropertyNames());
        keys.addAll(load("en").stringPropertyNames());
        // the language switch is named in the language it switches to
        allowed.add(load("nl").getProperty("toolbar.language"));
    }

    /** The problems of one text, each a short sentence; empty when the text is fine. */
    public List<String> problems(String text) {
        List<String> found = new ArrayList<>();
        if (allowed.contains(text)) {
            return found;
        }
        if (keys.contains(text)) {
            found.add("a bundle key instead of its text");
        }
        Matcher e = RAW_ENUM.matcher(text);
        if (e.find()) {
            found.add("a code instead of a word: " + e.group());
        }
        if (UUID.matcher(text).find()) {
            found.add("an id instead of a name");
        }
        for (String id : LOCATION_IDS) {
            if (Pattern.compile("(?<![\\w.])" + id + "(?![\\w.])").matcher(text).find()) {
                found.add("a location id instead of its name: " + id);
            }
        }
        if ("nl".equals(language)) {
            Matcher m = ENGLISH.matcher(text);
            if (m.find()) {
                found.add("an English word in Dutch: " + m.group());
            }
        }
        return found;
    }

    static Properties load(String language) {
        Properties p = new Properties();
        try (InputStream in = LanguageRules.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }
}
