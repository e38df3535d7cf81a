package be.antwerpen.lom.client.ui.sync;

import be.antwerpen.lom.client.ui.Confirmation;
import be.antwerpen.lom.client.ui.Messages;
import java.time.ZoneId;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The Sync screen: waiting, rejected and conflicting changes, whose they are and their reasons; "sync now"; removing
 * one from the list (a refused booking only after a confirmation naming the citizen).
 */
public final class SyncPanel extends JPanel {

    private final SyncViewModel model;
    private final Messages messages;
    private final SyncTableModel items;

    public SyncPanel(SyncViewModel model, ReenrollmentViewModel reenrollment, Messages messages, ZoneId zone) {
        super(new MigLayout("insets 8, fill", "[grow]", "[][][grow]"));
        this.model = model;
        this.messages = messages;
        this.items = new SyncTableModel(model, messages, zone);
        setName("syncPanel");
        JButton syncNow = new JButton(messages.get("sync.now"));
        syncNow.setName("sync.now");
        syncNow.addActionListener(e -> model.syncNow());
        JTable table = new JTable(items);
        table.setName("sync.table");
        JButton dismiss = new JButton(messages.get("sync.dismiss"));
        dismiss.setName("sync.dismiss");
        dismiss.addActionListener(e -> {
            int row = table.getSelectedRow();
            if (row >= 0) {
                model.dismiss(model.items().get(row), this::confirmDismissal);
            }
        });
        add(syncNow, "split 2");
        add(dismiss, "wrap");
        add(reenrollSection(reenrollment), "growx, hidemode 3, wrap");
        add(new JScrollPane(table), "grow");
        model.addListener(items::fireTableDataChanged);
    }

    /** "Ja" to removing a refused booking, whose citizen must be contacted (the question wraps: names are long). */
    private boolean confirmDismissal(String question) {
        JTextArea text = new JTextArea(question, 0, 48);
        text.setName("confirm.dismissRefused.text");
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setEditable(false);
        text.setOpaque(false);
        text.setBorder(null);
        text.getAccessibleContext().setAccessibleName(messages.get("confirm.dismissRefused.title"));
        return new Confirmation(messages).ask(this, "confirm.dismissRefused",
                messages.get("confirm.dismissRefused.title"), text);
    }

    /** Shown only while the server does not know this desk: a new code keeps every waiting change. */
    private JPanel reenrollSection(ReenrollmentViewModel reenrollment) {
        JPanel section = new JPanel(new MigLayout("insets 8", "[][grow,fill][]"));
        section.setName("reenroll.section");
        section.putClientProperty("FlatLaf.style", "background: tint(@background,10%); arc: 8");
        JLabel explanation = new JLabel(reenrollment.explanation());
        explanation.setName("reenroll.explanation");
        JTextField code = new JTextField(20);
        code.setName("reenroll.code");
        JButton submit = new JButton(messages.get("reenroll.submit"));
        submit.setName("reenroll.submit");
        JLabel message = new JLabel(" ");
        message.setName("reenroll.message");
        submit.addActionListener(e -> reenrollment.reenroll(code.getText()));
        code.addActionListener(e -> reenrollment.reenroll(code.getText()));
        section.add(explanation, "span 3, wrap");
        section.add(new JLabel(messages.get("enroll.code")));
        section.add(code);
        section.add(submit, "wrap");
        section.add(message, "span 3");
        Runnable refresh = () -> {
            explanation.setText(reenrollment.explanation());
            section.setVisible(reenrollment.needed() || reenrollment.messageIsError());
            message.setText(reenrollment.message().isEmpty() ? " " : reenrollment.message());
            message.setForeground(UIManager.getColor(reenrollment.messageIsError() ? "Lom.offlineForeground"
                    : "Label.foreground"));
            if (!reenrollment.needed()) {
                code.setText("");
            }
        };
        reenrollment.addListener(refresh);
        refresh.run();
        return section;
    }
}
