package be.antwerpen.lom.client.ui.report;

import be.antwerpen.lom.client.supervisor.ReportFormat;
import be.antwerpen.lom.client.ui.Confirmation;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.report.ReconciliationReport;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.ButtonGroup;
import javax.swing.ButtonModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/** The supervisor's day-end report: choose location, day and time; see the totals and the sections; export. */
public final class DayEndReportPanel extends JPanel {

    private final DayEndReportViewModel model;
    private final Messages messages;
    private final ExportFileChooser chooser;
    private final ZoneId zone;
    private final Function<String, String> locationName;
    private final JComboBox<String> location = new JComboBox<>();
    private final JTextField date = new JTextField(10);
    private final JTextField since = new JTextField(6);
    private final JLabel dateError = new JLabel();
    private final JLabel sinceError = new JLabel();
    private final JButton load = new JButton();
    private final JButton exportCsv = new JButton();
    private final JButton exportPdf = new JButton();
    private final JLabel notice = new JLabel();
    private final JLabel heading = new JLabel();
    private final JLabel totals = new JLabel();
    private final JLabel statement = new JLabel();
    private final Function<String, String> productName;
    private final JEditorPane sections = new JEditorPane("text/html", "");
    private final PendingActions<ReconciliationReport.RefusedCommand> refusals;
    private final PendingActions<ReconciliationReport.DeskLine> silentDesks;
    private final PendingActions<ReconciliationReport.DeskRewind> rewinds;

    /** @param locationName a location's name for its id (the id itself when the desk does not know it) */
    public DayEndReportPanel(DayEndReportViewModel model, Messages messages, ZoneId zone, ExportFileChooser chooser,
                             Function<String, String> locationName) {
        this(model, messages, zone, chooser, locationName, code -> code);
    }

    /** @param productName a product's name for its code, so the report shows names, not codes */
    public DayEndReportPanel(DayEndReportViewModel model, Messages messages, ZoneId zone, ExportFileChooser chooser,
                             Function<String, String> locationName, Function<String, String> productName) {
        super(new BorderLayout());
        this.productName = productName;
        this.model = model;
        this.messages = messages;
        this.zone = zone;
        this.chooser = chooser;
        setName("report");
        location.setName("report.location");
        date.setName("report.date");
        since.setName("report.since");
        dateError.setName("report.dateError");
        sinceError.setName("report.sinceError");
        load.setName("report.load");
        exportCsv.setName("report.exportCsv");
        exportPdf.setName("report.exportPdf");
        notice.setName("report.notice");
        heading.setName("report.heading");
        totals.setName("report.totals");
        statement.setName("report.statement");
        sections.setName("report.sections");
        refusals = new PendingActions<>("report.refusals", messages.get("report.refusals"),
                messages.get("report.settle"), model::describe, this::settle);
        silentDesks = new PendingActions<>("report.silentDesks", messages.get("report.silentDesks"),
                messages.get("report.confirmNotUsed"), model::describeSilent, this::confirmNotUsed);
        rewinds = new PendingActions<>("report.rewinds", messages.get("report.rewinds"),
                messages.get("report.settle"), model::describe, this::settle);
        sections.setEditable(false);
        heading.putClientProperty("FlatLaf.styleClass", "h3");
        totals.putClientProperty("FlatLaf.styleClass", "large");
        statement.putClientProperty("FlatLaf.styleClass", "large");
        Color error = UIManager.getColor("Lom.staleForeground");
        dateError.setForeground(error);
        sinceError.setForeground(error);
        location.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                Object shown = value instanceof String id ? locationName.apply(id) : value;
                return super.getListCellRendererComponent(list, shown, index, selected, focus);
            }
        });
        this.locationName = locationName;
        model.locations().forEach(location::addItem);
        location.setSelectedItem(model.defaultLocation());
        date.setText(model.defaultDate());
        load.setText(messages.get("report.load"));
        exportCsv.setText(messages.get("report.exportCsv"));
        exportPdf.setText(messages.get("report.exportPdf"));

        JPanel form = new JPanel(new MigLayout("insets 8, fillx", "[][grow]"));
        form.add(new JLabel(messages.get("report.location")));
        form.add(location, "wrap");
        form.add(new JLabel(messages.get("report.date")));
        form.add(date, "split 2");
        form.add(dateError, "wrap");
        form.add(new JLabel(messages.get("report.since")));
        form.add(since, "split 2");
        form.add(sinceError, "wrap");
        form.add(load, "skip, split 3");
        form.add(exportCsv);
        form.add(exportPdf, "wrap");
        form.add(notice, "span, growx, wrap");
        form.add(heading, "span, wrap");
        form.add(totals, "span, wrap");
        form.add(statement, "span, wrap");
        form.add(refusals, "span, growx, hidemode 3, wrap");
        form.add(rewinds, "span, growx, hidemode 3, wrap");
        form.add(silentDesks, "span, growx, hidemode 3");
        add(form, BorderLayout.NORTH);
        add(new JScrollPane(sections), BorderLayout.CENTER);

        load.addActionListener(e -> model.load(selectedLocation(), date.getText(), since.getText()));
        date.addActionListener(e -> load.doClick());
        since.addActionListener(e -> load.doClick());
        exportCsv.addActionListener(e -> export(ReportFormat.CSV));
        exportPdf.addActionListener(e -> export(ReportFormat.PDF));
        model.addListener(this::refresh);
        refresh();
    }

    private String selectedLocation() {
        Object selected = location.getSelectedItem();
        return selected == null ? "" : selected.toString();
    }

    private void export(ReportFormat format) {
        String where = selectedLocation();
        chooser.choose(this, model.defaultFileName(format, where, date.getText()),
                        messages.get("report.overwrite"))
                .ifPresent(target -> model.export(format, where, date.getText(), since.getText(), target));
    }

    /** "Ja" to a desk not heard of having been unused after its last contact confirms it (ADR 0154). */
    private void confirmNotUsed(ReconciliationReport.DeskLine desk) {
        if (new Confirmation(messages).ask(this, "report.confirmNotUsedDialog",
                messages.get("report.confirmNotUsed.title"), model.confirmNotUsedQuestion(desk))) {
            model.confirmNotUsed(desk);
        }
    }

    /** Asks how a refused command's citizen was taken care of; "Ja" with a choice settles it. */
    private void settle(ReconciliationReport.RefusedCommand selected) {
        askOutcome("report.settleDialog", messages.get("report.refusal.settleTitle"),
                messages.get("report.refusal.settleQuestion"), model.describe(selected))
                .ifPresent(chosen -> model.settle(selected, chosen));
    }

    /** Asks how the citizens of a desk's lost commands were taken care of (ADR 0162); "Ja" with a choice settles it. */
    private void settle(ReconciliationReport.DeskRewind selected) {
        askOutcome("report.settleRewindDialog", messages.get("report.rewind.settleTitle"),
                messages.get("report.rewind.settleQuestion"), model.describe(selected))
                .ifPresent(chosen -> model.settle(selected, chosen));
    }

    /** The outcome the supervisor chose after "Ja", or empty: "Nee", or "Ja" without a choice (which says so). */
    private Optional<ReconciliationReport.RefusalOutcome> askOutcome(String dialogName, String title,
                                                                               String questionText, String what) {
        JPanel question = new JPanel(new MigLayout("insets 0, wrap 1"));
        question.add(new JLabel(questionText));
        question.add(new JLabel(what));
        ButtonGroup group = new ButtonGroup();
        Map<ButtonModel, ReconciliationReport.RefusalOutcome> outcomes = new HashMap<>();
        for (ReconciliationReport.RefusalOutcome outcome : ReconciliationReport.RefusalOutcome.values()) {
            JRadioButton choice = new JRadioButton(model.outcome(outcome));
            choice.setName("report.settle." + outcome.name());
            group.add(choice);
            outcomes.put(choice.getModel(), outcome);
            question.add(choice);
        }
        if (!new Confirmation(messages).ask(this, dialogName, title, question)) {
            return Optional.empty();
        }
        ReconciliationReport.RefusalOutcome chosen = outcomes.get(group.getSelection());
        if (chosen == null) {
            notice.setText(messages.get("report.refusal.chooseOutcome"));
        }
        return Optional.ofNullable(chosen);
    }

    private void refresh() {
        dateError.setText(model.dateError());
        sinceError.setText(model.sinceError());
        notice.setText(model.notice());
        load.setEnabled(!model.busy());
        refusals.update(model.openRefusals(), model.busy());
        rewinds.update(model.openRewinds(), model.busy());
        silentDesks.update(model.silentDesks(), model.busy());
        exportCsv.setEnabled(!model.busy());
        exportPdf.setEnabled(!model.busy());
        model.report().ifPresentOrElse(r -> {
            heading.setText(messages.get("report.heading", locationName.apply(r.locationId()), messages.dayWithWeekday().format(r.date()),
                    r.generatedAt() == null ? "-" : messages.time().withZone(zone).format(r.generatedAt())));
            totals.setText(model.totals());
            statement.setText(statementHtml());
            statement.setForeground(UIManager.getColor(model.addsUp() ? "Lom.onlineForeground"
                    : "Lom.staleForeground"));
            sections.setText(new ReportSections(messages, zone, css(UIManager.getColor("Lom.staleForeground")))
                    .named(productName, locationName)
                    .html(r));
            sections.setCaretPosition(0);
        }, () -> {
            heading.setText("");
            totals.setText("");
            statement.setText("");
            sections.setText("");
        });
    }

    /** The statement, and below it every reason why the day does not add up. */
    private String statementHtml() {
        List<String> reasons = model.reasons();
        if (reasons.isEmpty()) {
            return model.statement();
        }
        StringBuilder html = new StringBuilder("<html>").append(ReportSections.escape(model.statement()));
        for (String reason : reasons) {
            html.append("<br>\u2022 ").append(ReportSections.escape(reason));
        }
        return html.append("</html>").toString();
    }

    private static String css(Color colour) {
        return colour == null ? "#a4000f" : String.format("#%02x%02x%02x", colour.getRed(), colour.getGreen(),
                colour.getBlue());
    }
}
