package be.antwerpen.lom.client.ui.shell;

import java.util.List;
import javax.swing.JComponent;

/**
 * One screen of the window: its view, the items it adds to the header (none on enrollment and login,
 * which show no toolbar), and what runs once it is on the window.
 *
 * @param withToolbar whether the window shows its toolbar (theme, language, lock, logout) above it
 */
record Screen(JComponent view, boolean withToolbar, List<JComponent> header, Runnable opened) {

    static Screen withoutToolbar(JComponent view, Runnable opened) {
        return new Screen(view, false, List.of(), opened);
    }
}
