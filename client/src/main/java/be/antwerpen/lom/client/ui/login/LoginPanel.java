package be.antwerpen.lom.client.ui.login;

import be.antwerpen.lom.client.auth.LoginOutcome;
import be.antwerpen.lom.client.ui.Messages;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/** Staff login; shows the demo accounts when the server runs in demo mode. */
public final class LoginPanel extends JPanel {

    private final JTextField username = new JTextField(20);
    private final JPasswordField password = new JPasswordField(20);
    private final JLabel message = new JLabel(" ");
    private final JLabel demo = new JLabel(" ");

    public LoginPanel(LoginViewModel model, Messages messages, String deskLine, String presetUser,
                      Consumer<LoginOutcome> onLoggedIn) {
        super(new MigLayout("insets 24, wrap 2, align center center", "[right][fill, 280!]"));
        setName("loginPanel");
        username.setName("login.username");
        password.setName("login.password");
        message.setName("login.message");
        demo.setName("login.demo");
        JButton submit = new JButton(messages.get("login.submit"));
        submit.setName("login.submit");
        JLabel title = new JLabel(messages.get("login.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        add(title, "span 2, align left");
        add(new JLabel(deskLine), "span 2, align left, gapbottom 12");
        add(new JLabel(messages.get("login.username")));
        add(username);
        add(new JLabel(messages.get("login.password")));
        add(password);
        add(submit, "skip 1, growx 0");
        add(message, "span 2, width 520!");
        add(demo, "span 2, width 520!");
        if (presetUser != null) {
            username.setText(presetUser);
            username.setEditable(false);
        }
        submit.addActionListener(e -> model.login(username.getText(), password.getPassword(), outcome -> {
            password.setText("");
            onLoggedIn.accept(outcome);
        }));
        username.addActionListener(e -> password.requestFocusInWindow());
        password.addActionListener(e -> submit.doClick());
        model.addListener(() -> {
            message.setText(model.message().isEmpty() ? " " : "<html>" + model.message() + "</html>");
            demo.setText(model.demoHint().isEmpty() ? " " : "<html>" + model.demoHint() + "</html>");
            submit.setEnabled(!model.busy());
        });
    }

    public void focusFirst() {
        if (username.isEditable()) {
            username.requestFocusInWindow();
        } else {
            password.requestFocusInWindow();
        }
    }
}
