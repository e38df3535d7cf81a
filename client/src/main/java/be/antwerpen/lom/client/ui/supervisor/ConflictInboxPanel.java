package be.antwerpen.lom.client.ui.supervisor;

import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.ConflictView;
import java.awt.BorderLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/** The supervisor's conflict inbox: open conflicts, both versions, decision with its consequence. */
public final class ConflictInboxPanel extends JPanel {

    private final ConflictInboxViewModel model;
    private final Messages messages;
    private final DateTimeFormatter when;
    private final JLabel counts = new JLabel();
    private final JLabel notice = new JLabel();
    private final DefaultListModel<ConflictView> conflicts = new DefaultListModel<>();
    private final JList<ConflictView> list = new JList<>(conflicts);
    private final JTextArea details = new JTextArea(12, 40);
    private final JComboBox<ConflictResolution> choice = new JComboBox<>();
    private final JLabel consequence = new JLabel();
    private final JTextField remark = new JTextField(30);
    private final DefaultListModel<Slot> slots = new DefaultListModel<>();
    private final JList<Slot> proposals = new JList<>(slots);
    private final JButton propose = new JButton();
    private final JButton decide = new JButton();

    public ConflictInboxPanel(ConflictInboxViewModel model, Messages messages, ZoneId zone) {
        super(new BorderLayout());
        this.model = model;
        this.messages = messages;
        this.when = messages.time().withZone(zone);
        setName("conflictInbox");
        list.setName("conflictList");
        choice.setName("conflictChoice");
        remark.setName("conflictRemark");
        proposals.setName("conflictProposals");
        propose.setName("conflictPropose");
        decide.setName("conflictDecide");
        notice.setName("conflictNotice");
        counts.setName("conflictCounts");
        details.setEditable(false);
        details.setLineWrap(true);
        propose.setText(messages.get("inbox.propose"));
        decide.setText(messages.get("inbox.decide"));
        list.setCellRenderer((l, v, i, selected, focus) -> {
            JLabel row = new JLabel(model.kindLabel(v.kind()) + " - " + when.format(v.createdAt()) + " - "
                    + v.description());
            row.setOpaque(true);
            row.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            row.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
            return row;
        });
        choice.setRenderer((l, v, i, selected, focus) -> {
            JLabel row = new JLabel(v == null ? "" : messages.get("inbox.resolution." + v.name()));
            row.setOpaque(true);
            row.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            return row;
        });
        proposals.setCellRenderer((l, v, i, selected, focus) -> {
            JLabel row = new JLabel(v.locationId() + " " + messages.dayWithWeekday().format(v.start()) + " "
                    + messages.time().format(v.start()));
            row.setOpaque(true);
            row.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            return row;
        });
        JPanel top = new JPanel(new MigLayout("insets 8", "[grow]"));
        top.add(counts, "wrap");
        top.add(notice);
        JPanel decision = new JPanel(new MigLayout("insets 8, fillx", "[][grow]"));
        decision.add(new JScrollPane(details), "span, grow, wrap");
        decision.add(new JLabel(messages.get("inbox.choice")));
        decision.add(choice, "wrap");
        decision.add(consequence, "span, wrap");
        decision.add(new JLabel(messages.get("inbox.remark")));
        decision.add(remark, "growx, wrap");
        decision.add(propose, "span, split 2");
        decision.add(new JScrollPane(proposals), "growx, h 80!, wrap");
        decision.add(decide, "span, right");
        add(top, BorderLayout.NORTH);
        add(new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(list), decision), BorderLayout.CENTER);
        list.addListSelectionListener(e -> selected());
        choice.addActionListener(e -> showConsequence());
        propose.addActionListener(e -> {
            ConflictView c = list.getSelectedValue();
            if (c != null) {
                model.loadProposals(c, false);
            }
        });
        decide.addActionListener(e -> {
            ConflictView c = list.getSelectedValue();
            if (c != null && choice.getSelectedItem() != null) {
                model.resolve(c, (ConflictResolution) choice.getSelectedItem(), remark.getText(),
                        proposals.getSelectedValue());
            }
        });
        model.addListener(this::refresh);
        refresh();
    }

    private void refresh() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<ConflictKind, Integer> e : model.countsByKind().entrySet()) {
            text.append(model.kindLabel(e.getKey())).append(": ").append(e.getValue()).append("   ");
        }
        counts.setText(text.toString());
        notice.setText(model.notice());
        ConflictView selected = list.getSelectedValue();
        conflicts.clear();
        model.conflicts().forEach(conflicts::addElement);
        if (selected != null) {
            model.conflicts().stream().filter(c -> c.id().equals(selected.id())).findFirst()
                    .ifPresent(v -> list.setSelectedValue(v, true));
        }
        slots.clear();
        model.proposals().forEach(slots::addElement);
        decide.setEnabled(model.online());
        propose.setEnabled(model.online());
    }

    private void selected() {
        ConflictView c = list.getSelectedValue();
        choice.removeAllItems();
        if (c == null) {
            details.setText("");
            return;
        }
        model.choices(c).forEach(choice::addItem);
        details.setText(messages.get("inbox.details", model.kindLabel(c.kind()), when.format(c.createdAt()),
                c.deviceId() == null ? "-" : c.deviceId(), c.description(),
                c.serverVersion() == null ? "-" : c.serverVersion().toPrettyString(),
                c.deskVersion() == null ? "-" : c.deskVersion().toPrettyString()));
        details.setCaretPosition(0);
        propose.setVisible(c.kind() == ConflictKind.DOUBLE_BOOKING);
        showConsequence();
    }

    private void showConsequence() {
        ConflictView c = list.getSelectedValue();
        Object r = choice.getSelectedItem();
        consequence.setText(c == null || r == null ? "" : model.consequence(c, (ConflictResolution) r));
    }
}
