package be.antwerpen.lom.client.ui.shell;

import java.util.prefs.Preferences;

/** The UI language (nl or en), remembered in the user's preferences; Dutch when unknown. */
public final class LanguagePreference {

    static final String KEY = "language";

    private final Preferences preferences;

    public LanguagePreference(Preferences preferences) {
        this.preferences = preferences;
    }

    public String language() {
        try {
            return "en".equals(preferences.get(KEY, "nl")) ? "en" : "nl";
        } catch (RuntimeException e) {
            return "nl";
        }
    }

    public void remember(String language) {
        try {
            preferences.put(KEY, "en".equals(language) ? "en" : "nl");
        } catch (RuntimeException e) {
            // Preferences unavailable: the choice lasts for this session only.
        }
    }
}
