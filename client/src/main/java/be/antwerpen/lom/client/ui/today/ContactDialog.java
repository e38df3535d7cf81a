package be.antwerpen.lom.client.ui.today;

import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.citizen.Citizen;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;

/** Asks for a citizen's e-mail and phone, filled with what the desk knows; Enter saves, Escape cancels. */
final class ContactDialog extends JDialog {

    /** What the person entered; a blank field means "clear it". */
    record Contact(String email, String phone) {
    }

    private final JTextField email = new JTextField(24);
    private final JTextField phone = new JTextField(16);
    private Contact result;

    ContactDialog(Window owner, Messages messages, Citizen citizen) {
        super(owner, messages.get("contact.title", citizen.givenName() + " " + citizen.familyName()),
                ModalityType.APPLICATION_MODAL);
        setName("contactDialog");
        email.setName("contact.email");
        phone.setName("contact.phone");
        email.setText(citizen.email() == null ? "" : citizen.email());
        phone.setText(citizen.phone() == null ? "" : citizen.phone());
        JButton ok = new JButton(messages.get("contact.save"));
        ok.setName("contact.ok");
        JButton cancel = new JButton(messages.get("contact.cancel"));
        cancel.setName("contact.cancel");

        JPanel form = new JPanel(new MigLayout("insets 12, wrap 2", "[right][grow,fill]"));
        form.add(new JLabel(messages.get("book.email")));
        form.add(email);
        form.add(new JLabel(messages.get("book.phone")));
        form.add(phone);
        form.add(new JLabel(messages.get("contact.hint")), "span 2");
        form.add(ok, "span 2, split 2, tag ok");
        form.add(cancel, "tag cancel");
        setContentPane(form);
        getRootPane().setDefaultButton(ok);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        ok.addActionListener(e -> {
            result = new Contact(email.getText(), phone.getText());
            dispose();
        });
        cancel.addActionListener(e -> dispose());
        pack();
        setLocationRelativeTo(owner);
    }

    Optional<Contact> ask() {
        setVisible(true);
        return Optional.ofNullable(result);
    }
}
