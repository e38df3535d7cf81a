package be.antwerpen.lom.client.ui.shell;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;

/** Installs FlatLaf light or dark with the app's theme defaults. */
public final class LookAndFeelSetup {

    private LookAndFeelSetup() {
    }

    public static void install(boolean dark) {
        FlatLaf.registerCustomDefaultsSource("themes");
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    public static void switchTo(boolean dark) {
        install(dark);
        FlatLaf.updateUI();
    }
}
