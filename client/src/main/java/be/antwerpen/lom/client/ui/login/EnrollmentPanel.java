package be.antwerpen.lom.client.ui.login;

import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.ui.Messages;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/** First start: server address and one-time enrollment code. */
public final class EnrollmentPanel extends JPanel {

    private final JTextField server = new JTextField(28);
    private final JTextField code = new JTextField(20);
    private final JLabel message = new JLabel(" ");
    private final JButton submit;

    public EnrollmentPanel(EnrollmentViewModel model, Messages messages, String defaultServer,
                           Consumer<DeviceIdentity> onEnrolled) {
        super(new MigLayout("insets 24, wrap 2, align center center", "[right][fill, 320!]"));
        setName("enrollmentPanel");
        server.setName("enroll.server");
        server.setText(defaultServer);
        code.setName("enroll.code");
        message.setName("enroll.message");
        submit = new JButton(messages.get("enroll.submit"));
        submit.setName("enroll.submit");
        JLabel title = new JLabel(messages.get("enroll.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        add(title, "span 2, align left, gapbottom 12");
        add(new JLabel(messages.get("enroll.server")));
        add(server);
        add(new JLabel(messages.get("enroll.code")));
        add(code);
        add(submit, "skip 1, growx 0");
        add(message, "span 2, width 480!");
        submit.addActionListener(e -> model.enroll(server.getText(), code.getText(), onEnrolled));
        code.addActionListener(e -> submit.doClick());
        model.addListener(() -> message.setText(model.message().isEmpty() ? " " : model.message()));
    }

    public void focusFirst() {
        code.requestFocusInWindow();
    }
}
