package be.antwerpen.lom.client.install;

import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.lang.reflect.Field;

/**
 * Names the desk's windows on X11 so the desktop matches them with the menu entry: the {@code WM_CLASS}
 * of every AWT window is the toolkit's application class name, which Java derives from the main class
 * ({@code be-antwerpen-lom-client-install-DeskLauncherMain}) unless it is set before the first window.
 * The menu entry says {@code StartupWMClass=loket-op-maat}; without a match the taskbar shows a second,
 * generic icon. Java 17 has no public setting for it, so the launcher sets the toolkit's field; this needs
 * {@code --add-opens java.desktop/sun.awt.X11=ALL-UNNAMED} (given in the package's launcher options). On
 * Windows, macOS, headless runs or without the option nothing changes and the desk works as before.
 */
final class X11WindowClass {

    /** The WM_CLASS class of the desk's windows; the same value as {@code StartupWMClass} in the menu entry. */
    static final String NAME = "loket-op-maat";

    private X11WindowClass() {
    }

    /** Sets the application class name; returns whether it was set (false when not on X11 or not allowed). */
    static boolean apply(String name) {
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        Toolkit toolkit = Toolkit.getDefaultToolkit();
        if (!"sun.awt.X11.XToolkit".equals(toolkit.getClass().getName())) {
            return false;
        }
        try {
            Field field = toolkit.getClass().getDeclaredField("awtAppClassName");
            field.setAccessible(true);
            field.set(null, name);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            // InaccessibleObjectException without --add-opens: keep Java's default name.
            return false;
        }
    }
}
