package be.antwerpen.lom.client.ui.walk;

import java.awt.Component;
import javax.swing.JFileChooser;
import javax.swing.SwingUtilities;

/** Parts of Swing's own components whose keyboard access Swing itself handles (the file chooser's inner bar). */
final class SwingParts {

    private SwingParts() {
    }

    /** Inside a JFileChooser, except its approve and cancel buttons, which take their mnemonics from us. */
    static boolean isChooserInternal(Component c) {
        return SwingUtilities.getAncestorOfClass(JFileChooser.class, c) != null;
    }
}
