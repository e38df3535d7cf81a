package be.antwerpen.lom.client.ui.supervisor;

import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.ConflictView;
import java.awt.BorderLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
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
    private final JLabel total = new JLabel(" ");
    private final JLabel caseHeader = new JLabel(" ");
    private final CaseFileTableModel caseFields;
    private final JTable caseTable;
    private final JLabel decisions = new JLabel(" ");
    private final ConflictCaseFile caseFile;
    private final JComboBox<ConflictResolution> choice = new JComboBox<>();
    private final JLabel consequence = new JLabel();
    private final JTextField remark = new JTextField(30);
    private final DefaultListModel<Slot> slots = new DefaultListModel<>();
    private final JList<Slot> proposals = new JList<>(slots);
    private final JButton propose = new JButton();
    private final JButton decide = new JButton();

    public ConflictInboxPanel(ConflictInboxViewModel model, Messages messages, ZoneId zone) {
        this(model, messages, zone, new ConflictCaseFile(messages, zone, code -> code, id -> id));
    }

    /** @param caseFile words each conflict as a case file (product and location names from the reference data) */
    public ConflictInboxPanel(ConflictInboxViewModel model, Messages messages, ZoneId zone, ConflictCaseFile caseFile) {
        super(new BorderLayout());
        this.model = model;
        this.messages = messages;
        this.caseFile = caseFile;
        this.when = messages.time().withZone(zone);
        caseFields = new CaseFileTableModel(messages);
        caseTable = new JTable(caseFields);
        caseTable.setName("conflictCase.fields");
        caseTable.setDefaultRenderer(Object.class, new CaseFileTableModel.DifferenceRenderer(caseFields));
        caseTable.setFocusable(true);
        total.setName("conflictTotal");
        caseHeader.setName("conflictCase.header");
        decisions.setName("conflictCase.decisions");
        setName("conflictInbox");
        list.setName("conflictList");
        choice.setName("conflictChoice");
        remark.setName("conflictRemark");
        proposals.setName("conflictProposals");
        propose.setName("conflictPropose");
        decide.setName("conflictDecide");
        notice.setName("conflictNotice");
        counts.setName("conflictCounts");
        propose.setText(messages.get("inbox.propose"));
        decide.setText(messages.get("inbox.decide"));
        list.setCellRenderer((l, v, i, selected, focus) -> {
            JLabel row = new JLabel(model.kindLabel(v.kind()) + " · " + when.format(v.createdAt())
                    + (v.deskName() == null ? "" : " · " + v.deskName()));
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
            JLabel row = new JLabel(caseFile.locationName(v.locationId()) + " " + messages.dayWithWeekday().format(v.start()) + " "
                    + messages.time().format(v.start()));
            row.setOpaque(true);
            row.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            return row;
        });
        JPanel top = new JPanel(new MigLayout("insets 8", "[grow]"));
        top.add(total, "wrap");
        top.add(counts, "wrap");
        top.add(notice);
        JPanel decision = new JPanel(new MigLayout("insets 8, fillx", "[][grow]"));
        decision.add(caseHeader, "span, growx, wrap");
        JScrollPane fieldsScroll = new JScrollPane(caseTable);
        fieldsScroll.setPreferredSize(new java.awt.Dimension(520, 190));
        decision.add(fieldsScroll, "span, grow, wrap");
        decision.add(decisions, "span, growx, wrap");
        JLabel choiceLabel = new JLabel(messages.get("inbox.choice"));
        choiceLabel.setLabelFor(choice);
        decision.add(choiceLabel);
        decision.add(choice, "wrap");
        decision.add(consequence, "span, wrap");
        JLabel remarkLabel = new JLabel(messages.get("inbox.remark"));
        remarkLabel.setLabelFor(remark);
        decision.add(remarkLabel);
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
        // The server's counts, not the size of the list below, which stops at the server's limit (ADR 0148).
        total.setText(model.header());
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
            caseHeader.setText(" ");
            caseFields.show(List.of());
            decisions.setText(" ");
            return;
        }
        model.choices(c).forEach(choice::addItem);
        caseHeader.setText(caseFile.header(c));
        caseFields.show(caseFile.fields(c));
        decisions.setText(decisionsExplained(c));
        propose.setVisible(c.kind() == ConflictKind.DOUBLE_BOOKING);
        showConsequence();
    }

    /** Every decision allowed here and what it will do, before one is chosen. */
    private String decisionsExplained(ConflictView c) {
        StringBuilder html = new StringBuilder("<html>").append(messages.get("inbox.case.decisions")).append("<ul>");
        for (ConflictResolution r : model.choices(c)) {
            html.append("<li><b>").append(escape(messages.get("inbox.resolution." + r.name()))).append("</b>: ")
                    .append(escape(model.consequence(c, r))).append("</li>");
        }
        return html.append("</ul></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void showConsequence() {
        ConflictView c = list.getSelectedValue();
        Object r = choice.getSelectedItem();
        consequence.setText(c == null || r == null ? "" : model.consequence(c, (ConflictResolution) r));
    }
}
