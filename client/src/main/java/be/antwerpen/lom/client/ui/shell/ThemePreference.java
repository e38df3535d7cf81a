package be.antwerpen.lom.client.ui.shell;

import java.util.prefs.Preferences;

/** Light or dark, remembered in the user's preferences; anything unreadable means light. */
public final class ThemePreference {

    static final String KEY = "theme";

    private final Preferences preferences;

    public ThemePreference(Preferences preferences) {
        this.preferences = preferences;
    }

    public boolean dark() {
        try {
            return "dark".equals(preferences.get(KEY, "light"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    public void remember(boolean dark) {
        try {
            preferences.put(KEY, dark ? "dark" : "light");
        } catch (RuntimeException e) {
            // Preferences unavailable (read-only profile): the choice lasts for this session only.
        }
    }
}
