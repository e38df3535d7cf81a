package be.antwerpen.lom.client.ui.rekey;

import be.antwerpen.lom.client.downtime.DowntimePackFolder;
import be.antwerpen.lom.client.downtime.StoredPack;
import be.antwerpen.lom.client.rekey.PackProgress;
import be.antwerpen.lom.client.rekey.PaperForm;
import be.antwerpen.lom.client.rekey.PaperOutcome;
import be.antwerpen.lom.client.rekey.WalkInPaperForm;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The paper screen: print the downtime pack (whole or one part), open its folder, and re-key paper
 * forms (scan or type the code, enter what the form says). Logic lives in {@link RekeyViewModel}.
 */
public final class RekeyPanel extends JPanel {

    private final RekeyViewModel model;
    private final Messages messages;
    private final DefaultListModel<String> progress = new DefaultListModel<>();
    private final JLabel message = new JLabel(" ");
    private final JLabel formLabel = new JLabel(" ");
    private final JTextField scan = field("rekey.scan", 24);
    private final JComboBox<PaperOutcome> outcome = new JComboBox<>(PaperOutcome.values());
    private final JTextField time = field("rekey.time", 6);
    private final JTextField remark = field("rekey.remark", 24);
    private final JTextField registerNumber = field("rekey.registerNumber", 14);
    private final JTextField givenName = field("rekey.givenName", 14);
    private final JTextField familyName = field("rekey.familyName", 14);
    private long formsCleared;
    private String shownForm;

    /**
     * @param showPackPassword whether the person may see the pack password (a supervisor, who keeps it
     *                         for opening the pack's PDFs when the desk program cannot start, ADR 0046)
     */
    public RekeyPanel(RekeyViewModel model, Messages messages, DowntimePackFolder folder, Supplier<String> locationId,
                      PackPrinting printing, BackgroundTasks tasks, boolean showPackPassword) {
        super(new MigLayout("insets 8, fillx", "[][grow]", "[][][][][][][][][grow]"));
        this.model = model;
        this.messages = messages;
        setName("rekeyPanel");
        outcome.setName("rekey.outcome");
        registerNumber.getAccessibleContext().setAccessibleName(messages.get("book.nrn"));
        givenName.getAccessibleContext().setAccessibleName(messages.get("book.givenName"));
        familyName.getAccessibleContext().setAccessibleName(messages.get("book.familyName"));
        outcome.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value,
                                                                   int index, boolean selected, boolean focus) {
                Object shown = value instanceof PaperOutcome o ? model.outcomeLabel(o) : value;
                return super.getListCellRendererComponent(list, shown, index, selected, focus);
            }
        });
        message.setName("rekey.message");

        JButton printAll = new JButton(messages.get("pack.printAll"));
        printAll.setName("pack.printAll");
        JComboBox<String> part = new JComboBox<>(new String[] {"00-cover.pdf", "01-run-sheet.pdf",
            "02-intake-forms.pdf", "03-walk-in-forms.pdf"});
        part.setName("pack.part");
        part.getAccessibleContext().setAccessibleName(messages.get("pack.partLabel"));
        part.setRenderer(named(value -> messages.get("pack.part." + value)));
        JButton printPart = new JButton(messages.get("pack.printPart"));
        printPart.setName("pack.printPart");
        JButton openFolder = new JButton(messages.get("pack.openFolder"));
        openFolder.setName("pack.openFolder");
        printAll.addActionListener(e -> latest(folder, locationId).ifPresent(p -> print(printing, tasks,
                p.manifest().files().stream().map(f -> p.file(f.name())).toList())));
        printPart.addActionListener(e -> latest(folder, locationId).ifPresent(p -> print(printing, tasks,
                List.of(p.file((String) part.getSelectedItem())))));
        openFolder.addActionListener(e -> {
            Path path = latest(folder, locationId).map(StoredPack::folder).orElse(folder.locationFolder(locationId.get()));
            try {
                if (!printing.open(path)) {
                    message.setText(messages.get("pack.folderIs", path));
                }
            } catch (IOException ex) {
                message.setText(messages.get("pack.folderIs", path));
            }
        });

        JButton packPassword = new JButton(messages.get("pack.showPassword"));
        packPassword.setName("pack.showPassword");
        packPassword.setVisible(showPackPassword);
        packPassword.addActionListener(e -> tasks.run(() -> new String(printing.packPassword()),
                password -> message.setText(messages.get("pack.password", password)),
                ex -> message.setText(messages.get("pack.printFailed"))));

        JButton enter = new JButton(messages.get("rekey.enter"));
        enter.setName("rekey.enter");
        scan.addActionListener(e -> model.scan(scan.getText()));
        enter.addActionListener(e -> {
            PaperOutcome chosen = (PaperOutcome) outcome.getSelectedItem();
            if (model.form().orElse(null) instanceof WalkInPaperForm) {
                model.enterWalkIn(chosen, time.getText(), registerNumber.getText(), givenName.getText(),
                        familyName.getText(), remark.getText());
            } else {
                model.enterAppointment(chosen, time.getText(), remark.getText());
            }
        });

        add(printAll, "span 2, split 5");
        add(part);
        add(printPart);
        add(openFolder, "split 2");
        add(packPassword, "wrap");
        add(label("rekey.scanLabel", scan));
        add(scan, "growx, wrap");
        formLabel.setName("rekey.form");
        add(formLabel, "span 2, wrap");
        add(label("rekey.outcomeLabel", outcome));
        add(outcome, "split 3");
        add(label("rekey.timeLabel", time));
        add(time, "wrap");
        add(label("rekey.remarkLabel", remark));
        add(remark, "growx, wrap");
        JLabel citizen = new JLabel(messages.get("rekey.citizenLabel"));
        citizen.setFont(citizen.getFont().deriveFont(java.awt.Font.BOLD));
        add(citizen, "span 2, wrap");
        add(label("rekey.registerNumberLabel", registerNumber));
        add(registerNumber, "wrap");
        add(label("rekey.givenNameLabel", givenName));
        add(givenName, "wrap");
        add(label("rekey.familyNameLabel", familyName));
        add(familyName, "wrap");
        add(enter, "skip, wrap");
        add(message, "span 2, wrap");
        JList<String> progressList = new JList<>(progress);
        progressList.setName("rekey.progress");
        add(new JScrollPane(progressList), "span 2, grow");
        model.addListener(this::refresh);
        model.reload();
    }

    private void print(PackPrinting printing, BackgroundTasks tasks, List<Path> files) {
        PackPrinting.PrintRun run = printing.prepare(files, messages.get("pack.jobName"));
        if (run != null) {
            tasks.run(() -> {
                run.print();
                return files.size();
            }, n -> message.setText(messages.get("pack.printed")), e -> message.setText(messages.get("pack.printFailed")));
        }
    }

    private static Optional<StoredPack> latest(DowntimePackFolder folder, Supplier<String> locationId) {
        return folder.latest(locationId.get());
    }

    private void refresh() {
        message.setText(model.message().isEmpty() ? " " : model.message());
        message.setForeground(UIManager.getColor(model.isError() ? "Component.error.focusedBorderColor"
                : "Label.foreground"));
        formLabel.setText(model.form().map(f -> f.key().substring(2)).orElse(" "));
        String current = model.form().map(PaperForm::key).orElse(null);
        if (model.formsEntered() != formsCleared || (current != null && !current.equals(shownForm))) {
            formsCleared = model.formsEntered();
            clearEntry();
        }
        shownForm = current;
        if (model.form().isEmpty()) {
            scan.setText("");
            scan.requestFocusInWindow();
        }
        progress.clear();
        for (PackProgress p : model.progress()) {
            progress.addElement(messages.get("rekey.progressLine", messages.date().format(p.day()), p.remaining(),
                    p.total()));
        }
        model.toEnterAgain().forEach(progress::addElement);
    }

    /** Shows a choice by its name in the desk's language instead of its code or file name. */
    private static javax.swing.ListCellRenderer<Object> named(java.util.function.Function<Object, String> name) {
        javax.swing.DefaultListCellRenderer plain = new javax.swing.DefaultListCellRenderer();
        return (list, value, index, selected, focus) -> plain.getListCellRendererComponent(list,
                value == null ? "" : name.apply(value), index, selected, focus);
    }

    /** Empties what the previous form said: the next form starts blank (issue 18). */
    private void clearEntry() {
        outcome.setSelectedIndex(0);
        time.setText("");
        remark.setText("");
        registerNumber.setText("");
        givenName.setText("");
        familyName.setText("");
    }

    private JLabel label(String key, java.awt.Component field) {
        JLabel label = new JLabel(messages.get(key));
        label.setLabelFor(field);
        label.setName(key);
        return label;
    }

    private static JTextField field(String name, int columns) {
        JTextField field = new JTextField(columns);
        field.setName(name);
        return field;
    }
}
