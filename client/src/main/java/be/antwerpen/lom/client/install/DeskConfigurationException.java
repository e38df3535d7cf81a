package be.antwerpen.lom.client.install;

/**
 * A desk setting with a bad value. The message names where it came from (the file and key, or the
 * command-line option) and what is expected, so an IT department can fix a pre-seeded file without
 * reading code. It extends {@link IllegalArgumentException} so the launcher's existing handling of
 * bad options (message, usage, exit code 2) applies unchanged.
 */
public final class DeskConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public DeskConfigurationException(String message) {
        super(message);
    }
}
