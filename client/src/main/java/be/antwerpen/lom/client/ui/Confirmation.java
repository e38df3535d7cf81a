package be.antwerpen.lom.client.ui;

import java.awt.Component;
import java.awt.event.KeyEvent;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JOptionPane;

/**
 * A yes/no question in Dutch (or English) with named buttons and mnemonics (the first letter: "Ja" Alt+J, "Nee" Alt+N),
 * "Nee" the default: Enter or Escape changes nothing. Event thread only.
 */
public final class Confirmation {

    private final Messages messages;

    public Confirmation(Messages messages) {
        this.messages = messages;
    }

    /**
     * Shows the question and waits for the answer.
     *
     * @param name dialog name (for tests and screen readers' window lists)
     * @param message the question, or a component holding it and any further fields
     * @return true only when "Ja" was chosen
     */
    public boolean ask(Component parent, String name, String title, Object message) {
        JButton yes = new JButton(messages.get("confirm.yes"));
        yes.setName("confirm.yes");
        yes.setMnemonic(KeyEvent.getExtendedKeyCodeForChar(yes.getText().charAt(0)));
        JButton no = new JButton(messages.get("confirm.no"));
        no.setName("confirm.no");
        no.setMnemonic(KeyEvent.getExtendedKeyCodeForChar(no.getText().charAt(0)));
        JOptionPane pane = new JOptionPane(message, JOptionPane.QUESTION_MESSAGE, JOptionPane.YES_NO_OPTION, null,
                new Object[] {yes, no}, no);
        yes.addActionListener(e -> pane.setValue(yes));
        no.addActionListener(e -> pane.setValue(no));
        JDialog dialog = pane.createDialog(parent, title);
        dialog.setName(name);
        dialog.getRootPane().setDefaultButton(no);
        dialog.setVisible(true);
        dialog.dispose();
        return pane.getValue() == yes;
    }
}
