package be.antwerpen.lom.client.ui.today;

import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.client.ui.Confirmation;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.product.Product;
import java.awt.Component;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;

/** The Today screen: lays out the agenda and forwards every action to the {@link TodayViewModel}. */
public final class TodayPanel extends JPanel {

    private final TodayViewModel model;
    private final Messages messages;
    private final Supplier<List<Product>> products;
    private final JTextField search = new JTextField();
    private final JComboBox<AgendaFilter> filter = new JComboBox<>(AgendaFilter.values());
    private final JLabel counts = new JLabel(" ");
    private final JLabel message = new JLabel(" ");
    private final JLabel closed = new JLabel(" ");
    private JScrollPane tableScroll;
    private final AgendaTableModel tableModel;
    private final JTable table;
    private boolean updating;

    public TodayPanel(TodayViewModel model, Messages messages, Supplier<List<Product>> products) {
        super(new MigLayout("insets 8, fill, hidemode 3", "[grow][]", "[][][][grow][]"));
        this.model = model;
        this.messages = messages;
        this.products = products;
        setName("todayPanel");
        tableModel = new AgendaTableModel(messages);
        table = new JTable(tableModel);
        table.setName("today.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setRowSorter(AgendaSorting.sorter(tableModel, messages));
        search.setName("today.search");
        search.putClientProperty("JTextField.placeholderText", messages.get("today.search"));
        search.putClientProperty("JTextField.showClearButton", true);
        filter.setName("today.filter");
        filter.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                Object shown = value instanceof AgendaFilter f ? messages.get("today.filter." + f.name()) : value;
                return super.getListCellRendererComponent(list, shown, index, selected, focus);
            }
        });
        counts.setName("today.counts");
        message.setName("today.message");

        add(search, "growx");
        add(filter, "wrap");
        add(actionBar(), "span, growx, wrap");
        closed.setName("today.closed");
        closed.setFont(closed.getFont().deriveFont(java.awt.Font.BOLD, closed.getFont().getSize2D() * 1.3f));
        closed.setVisible(false);
        add(closed, "span, growx, wrap");
        tableScroll = new JScrollPane(table);
        add(tableScroll, "span, grow, wrap");
        add(message, "span, growx");

        bind();
        keys();
        model.addListener(this::refresh);
    }

    /** Two rows, so the buttons fit a 1280-pixel counter screen: the visit's steps, then the rest and the counts. */
    private JPanel actionBar() {
        JPanel bar = new JPanel(new MigLayout("insets 0, wrap 1", "[grow,fill]"));
        JPanel steps = new JPanel(new MigLayout("insets 0", "[][][][][][]push"));
        steps.add(button("action.checkIn", model::checkIn));
        steps.add(button("action.call", model::call));
        steps.add(button("action.callNext", model::callNext));
        steps.add(button("action.start", model::startService));
        steps.add(button("action.served", this::served));
        steps.add(button("action.noShow", this::noShow));
        JPanel other = new JPanel(new MigLayout("insets 0", "[][][]push[]"));
        other.add(button("action.walkIn", this::walkIn));
        other.add(button("action.contact", this::contact));
        other.add(button("action.cancel", this::cancel));
        other.add(counts);
        bar.add(steps);
        bar.add(other);
        return bar;
    }

    private JButton button(String key, Runnable action) {
        JButton button = new JButton(messages.get(key));
        button.setName(key);
        button.addActionListener(e -> action.run());
        return button;
    }

    private void bind() {
        search.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                model.setQuery(search.getText());
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                model.setQuery(search.getText());
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                model.setQuery(search.getText());
            }
        });
        search.addActionListener(e -> {
            model.searchEntered();
            if (model.visible().size() == 1) {
                table.requestFocusInWindow();
            }
        });
        search.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "clear");
        search.getActionMap().put("clear", action(() -> search.setText("")));
        filter.addActionListener(e -> model.setFilter((AgendaFilter) filter.getSelectedItem()));
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!updating && !e.getValueIsAdjusting()) {
                int row = table.getSelectedRow();
                model.select(row < 0 ? null : tableModel.row(table.convertRowIndexToModel(row)).appointment().id());
            }
        });
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "checkIn");
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_F2, 0), "checkIn");
        table.getActionMap().put("checkIn", action(model::checkIn));
    }

    private void keys() {
        bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_F2, 0), "checkIn", model::checkIn);
        bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_F3, 0), "call", model::call);
        bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_F4, 0), "start", model::startService);
        bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_F5, 0), "served", this::served);
        bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_F6, 0), "noShow", this::noShow);
        bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_F7, 0), "walkIn", this::walkIn);
        bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_F8, 0), "callNext", model::callNext);
        bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_F9, 0), "contact", this::contact);
        bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_F, InputEvent.CTRL_DOWN_MASK), "search", () -> {
            search.requestFocusInWindow();
            search.selectAll();
        });
    }

    private void bindKey(KeyStroke key, String name, Runnable action) {
        getInputMap(WHEN_IN_FOCUSED_WINDOW).put(key, name);
        getActionMap().put(name, action(action));
    }

    private static AbstractAction action(Runnable runnable) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                runnable.run();
            }
        };
    }

    private void served() {
        if (model.selected().isEmpty()) {
            model.markServed(null);
            return;
        }
        String outcome = JOptionPane.showInputDialog(this, messages.get("action.served.outcome"));
        focusAfterDialog();
        if (outcome != null) {
            model.markServed(outcome);
        }
    }

    /** A no-show takes effect only after "Ja"; "Nee" (the default) changes nothing. */
    private void noShow() {
        Optional<AgendaEntry> entry = model.selected();
        if (entry.isEmpty()) {
            model.markNoShow();
            return;
        }
        Appointment a = entry.get().appointment();
        boolean yes = new Confirmation(messages).ask(this, "confirm.noShow", messages.get("confirm.noShow.title"),
                messages.get("confirm.noShow", who(a), a.code(), messages.time().format(a.start())));
        focusAfterDialog();
        if (yes) {
            model.markNoShow();
        }
    }

    private static String who(Appointment a) {
        return a.citizen().givenName() + " " + a.citizen().familyName();
    }

    /**
     * After a dialog the keyboard focus goes back to where the next keystroke belongs: the agenda when
     * a row is selected, else the search field; the window is brought to the front so the F-keys
     * work without a click.
     */
    private void focusAfterDialog() {
        java.awt.Window window = SwingUtilities.getWindowAncestor(this);
        // Later: the closing dialog hands the window focus back first; requestFocus (not ...InWindow)
        // also asks for the window's focus when the platform has not given it back.
        SwingUtilities.invokeLater(() -> {
            if (window != null && !window.isFocused()) {
                window.toFront();
            }
            if (model.selected().isPresent()) {
                table.requestFocus();
            } else {
                search.requestFocus();
            }
        });
    }

    private void cancel() {
        if (model.selected().isEmpty()) {
            model.cancel(null);
            return;
        }
        Appointment a = model.selected().get().appointment();
        JTextField reason = new JTextField(30);
        reason.setName("confirm.cancel.reasonField");
        JLabel reasonLabel = new JLabel(messages.get("confirm.cancel.reason"));
        reasonLabel.setLabelFor(reason);
        JPanel question = new JPanel(new MigLayout("insets 0, wrap 1", "[grow,fill]"));
        question.add(new JLabel(messages.get("confirm.cancel", who(a), a.code(), messages.time().format(a.start()))));
        question.add(reasonLabel);
        question.add(reason);
        boolean yes = new Confirmation(messages).ask(this, "confirm.cancel", messages.get("confirm.cancel.title"),
                question);
        focusAfterDialog();
        if (yes) {
            model.cancel(reason.getText());
        }
    }

    private void walkIn() {
        WalkInDialog dialog = new WalkInDialog(SwingUtilities.getWindowAncestor(this), messages, products.get());
        var walkIn = dialog.ask();
        focusAfterDialog();
        walkIn.ifPresent(w -> model.registerWalkIn(w.productCode(), w.citizen(), ticket -> { }));
    }

    private void contact() {
        if (model.selected().isEmpty()) {
            model.updateContact(null, null);
            return;
        }
        ContactDialog dialog = new ContactDialog(SwingUtilities.getWindowAncestor(this), messages,
                model.selected().get().appointment().citizen());
        var contact = dialog.ask();
        focusAfterDialog();
        contact.ifPresent(c -> model.updateContact(c.email(), c.phone()));
    }

    /** Puts the focus in the search field, where the next keystroke (or scan) goes. */
    public void focusSearch() {
        search.requestFocusInWindow();
    }

    private void refresh() {
        updating = true;
        try {
            UUID selected = model.selected().map(e -> e.appointment().id()).orElse(null);
            tableModel.setRows(model.visible());
            if (selected != null) {
                int modelIndex = tableModel.indexOf(selected);
                int index = modelIndex < 0 ? -1 : table.convertRowIndexToView(modelIndex);
                if (index >= 0) {
                    table.getSelectionModel().setSelectionInterval(index, index);
                    table.scrollRectToVisible(table.getCellRect(index, 0, true));
                }
            }
        } finally {
            updating = false;
        }
        // A closed day without appointments shows why and the next opening instead of an empty table.
        closed.setText(model.closedNotice().orElse(" "));
        closed.setVisible(model.closedNotice().isPresent());
        tableScroll.setVisible(model.closedNotice().isEmpty() || !model.dayIsEmpty());
        revalidate();
        AgendaCounts c = model.counts();
        counts.setText(messages.get("today.counts", c.total(), c.waiting(), c.inService(), c.served(), c.noShow()));
        message.setText(model.message().isEmpty() ? " " : model.message());
        message.setForeground(model.messageIsError()
                ? UIManager.getColor("Lom.offlineForeground")
                : UIManager.getColor("Label.foreground"));
    }
}
