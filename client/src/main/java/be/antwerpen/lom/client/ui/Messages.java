package be.antwerpen.lom.client.ui;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI texts of one language (nl-BE by default, English switchable) and Belgian date/time formats. */
public final class Messages {

    public static final Locale DUTCH_BELGIUM = Locale.forLanguageTag("nl-BE");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH_BELGIUM;
        this.bundle = ResourceBundle.getBundle("i18n.messages", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages forLanguage(String language) {
        return new Messages("en".equalsIgnoreCase(language) ? ENGLISH : DUTCH_BELGIUM);
    }

    public Locale locale() {
        return locale;
    }

    /** Whether the bundles have a text for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Time of day, Belgian style: {@code 09:42}. */
    public DateTimeFormatter time() {
        return DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    /** Date, Belgian style: {@code 30/11/2026}. */
    public DateTimeFormatter date() {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy", locale);
    }

    /** Day with weekday: {@code ma 30/11/2026}. */
    public DateTimeFormatter dayWithWeekday() {
        return DateTimeFormatter.ofPattern("EEE dd/MM/yyyy", locale);
    }

    /**
     * The one long date of desk screens and printouts, the same on the server's PDFs:
     * {@code ma 7 december 2026} (abbreviated weekday, day, month in words, year).
     */
    public DateTimeFormatter longDate() {
        return DateTimeFormatter.ofPattern("EEE d MMMM yyyy", locale);
    }
}
