package be.antwerpen.lom.client.ui.audit;

import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.audit.AuditTrailViewModel.Field;
import java.awt.BorderLayout;
import java.awt.Color;
import java.time.ZoneId;
import java.util.Arrays;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The supervisor's audit trail: search by appointment code, citizen (register number in a masked
 * field), staff member, desk and period; the entries newest first.
 */
public final class AuditTrailPanel extends JPanel {

    private final AuditTrailViewModel model;
    private final AuditTableModel rows;
    private final JTextField code = new JTextField(12);
    private final JPasswordField nrn = new JPasswordField(15);
    private final JTextField actor = new JTextField(15);
    private final JTextField desk = new JTextField(15);
    private final JTextField from = new JTextField(10);
    private final JTextField to = new JTextField(10);
    private final JLabel nrnError = new JLabel();
    private final JLabel fromError = new JLabel();
    private final JLabel toError = new JLabel();
    private final JButton search = new JButton();
    private final JLabel notice = new JLabel();
    private final JTable table;

    public AuditTrailPanel(AuditTrailViewModel model, Messages messages, ZoneId zone) {
        super(new BorderLayout());
        this.model = model;
        this.rows = new AuditTableModel(messages, zone, model::entity);
        this.table = new JTable(rows);
        setName("audit");
        code.setName("audit.code");
        nrn.setName("audit.nrn");
        actor.setName("audit.actor");
        desk.setName("audit.desk");
        from.setName("audit.from");
        to.setName("audit.to");
        nrnError.setName("audit.nrnError");
        fromError.setName("audit.fromError");
        toError.setName("audit.toError");
        search.setName("audit.search");
        notice.setName("audit.notice");
        table.setName("audit.table");
        table.setAutoCreateRowSorter(false);
        table.setFillsViewportHeight(true);
        Color error = UIManager.getColor("Lom.staleForeground");
        nrnError.setForeground(error);
        fromError.setForeground(error);
        toError.setForeground(error);
        search.setText(messages.get("audit.search"));

        JPanel form = new JPanel(new MigLayout("insets 8, fillx", "[][][grow]"));
        form.add(new JLabel(messages.get("audit.code")));
        form.add(code, "wrap");
        form.add(new JLabel(messages.get("audit.nrn")));
        form.add(nrn);
        form.add(nrnError, "wrap");
        form.add(new JLabel(messages.get("audit.actor")));
        form.add(actor, "wrap");
        form.add(new JLabel(messages.get("audit.desk")));
        form.add(desk, "wrap");
        form.add(new JLabel(messages.get("audit.from")));
        form.add(from);
        form.add(fromError, "wrap");
        form.add(new JLabel(messages.get("audit.to")));
        form.add(to);
        form.add(toError, "wrap");
        form.add(search, "skip, wrap");
        form.add(notice, "span, growx");
        add(form, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);

        search.addActionListener(e -> search());
        for (JTextField field : new JTextField[] {code, nrn, actor, desk, from, to}) {
            field.addActionListener(e -> search());
        }
        model.addListener(this::refresh);
        refresh();
    }

    private void search() {
        char[] typed = nrn.getPassword();
        try {
            model.search(code.getText(), typed, actor.getText(), desk.getText(), from.getText(), to.getText());
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    private void refresh() {
        nrnError.setText(model.error(Field.NRN));
        fromError.setText(model.error(Field.FROM));
        toError.setText(model.error(Field.TO));
        notice.setText(model.notice());
        search.setEnabled(!model.busy());
        rows.show(model.entries());
    }
}
