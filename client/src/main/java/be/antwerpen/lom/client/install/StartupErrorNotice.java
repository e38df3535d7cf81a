package be.antwerpen.lom.client.install;

import java.awt.BorderLayout;
import java.awt.Button;
import java.awt.Dialog;
import java.awt.FlowLayout;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Panel;
import java.awt.TextArea;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.concurrent.CountDownLatch;

/**
 * Shows a settings error to the person who started the desk from the menu, where nobody reads
 * standard error. Plain AWT (not Swing) so it works before any look and feel is set up and stays
 * out of the UI packages. Does nothing without a display.
 */
final class StartupErrorNotice {

    private StartupErrorNotice() {
    }

    /** Shows {@code message} in a modal window and returns when it is closed (at once when headless). */
    static void show(String title, String message) {
        if (GraphicsEnvironment.isHeadless()) {
            return;
        }
        CountDownLatch closed = new CountDownLatch(1);
        Frame owner = new Frame(title);
        Dialog dialog = new Dialog(owner, title, true);
        TextArea text = new TextArea(message, 6, 70, TextArea.SCROLLBARS_VERTICAL_ONLY);
        text.setEditable(false);
        Button ok = new Button("OK");
        Panel buttons = new Panel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(ok);
        dialog.setLayout(new BorderLayout());
        dialog.add(text, BorderLayout.CENTER);
        dialog.add(buttons, BorderLayout.SOUTH);
        Runnable close = () -> {
            dialog.dispose();
            owner.dispose();
            closed.countDown();
        };
        ok.addActionListener(e -> close.run());
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                close.run();
            }
        });
        dialog.pack();
        dialog.setLocationRelativeTo(null);
        dialog.setVisible(true);
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
