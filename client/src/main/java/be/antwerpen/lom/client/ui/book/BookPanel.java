package be.antwerpen.lom.client.ui.book;

import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.citizen.CitizenFields;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.product.ProductTheme;
import be.antwerpen.lom.model.slot.Slot;
import java.awt.Component;
import java.awt.print.PrinterJob;
import java.util.List;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/** The Book screen: product, where/when, slot list, citizen form, confirm. Forwards to {@link BookViewModel}. */
public final class BookPanel extends JPanel {

    private final BookViewModel model;
    private final Messages messages;
    private final JComboBox<ProductTheme> theme = new JComboBox<>();
    private final JComboBox<Product> product = new JComboBox<>();
    private final JRadioButton earliest;
    private final JRadioButton fromDate;
    private final JTextField date = new JTextField(10);
    private final JRadioButton proximity;
    private final JRadioButton flexibility;
    private final JComboBox<Location> location = new JComboBox<>();
    private final JCheckBox saturday;
    private final JCheckBox evening;
    private final DefaultListModel<String> slotItems = new DefaultListModel<>();
    private final JList<String> slots = new JList<>(slotItems);
    private final CitizenFields citizen;
    private final JLabel message = new JLabel(" ");
    private final JButton print;
    private java.util.Map<ProductTheme, List<Product>> catalogue = java.util.Map.of();

    public BookPanel(BookViewModel model, Messages messages, String ownLocationId) {
        super(new MigLayout("insets 8, fill", "[right][grow,fill][right][grow,fill]", "[][][][][grow][]"));
        this.model = model;
        this.messages = messages;
        this.citizen = CitizenFields.withContact(messages, "book.");
        setName("bookPanel");
        product.setName("book.product");
        product.setRenderer(renderer());
        theme.setName("book.theme");
        theme.setRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                Object shown = value instanceof ProductTheme t ? messages.get("book.theme." + t.name()) : value;
                return super.getListCellRendererComponent(list, shown, index, selected, focus);
            }
        });
        theme.addActionListener(e -> productsOfTheme());
        earliest = new JRadioButton(messages.get("book.earliest"), true);
        earliest.setName("book.earliest");
        fromDate = new JRadioButton(messages.get("book.fromDate"));
        fromDate.setName("book.fromDate");
        ButtonGroup when = new ButtonGroup();
        when.add(earliest);
        when.add(fromDate);
        date.setName("book.date");
        date.putClientProperty("JTextField.placeholderText", messages.get("book.datePlaceholder"));
        date.getDocument().addDocumentListener(new javax.swing.event.DocumentListener() {
            @Override
            public void insertUpdate(javax.swing.event.DocumentEvent e) {
                fromDate.setSelected(true);
            }

            @Override
            public void removeUpdate(javax.swing.event.DocumentEvent e) {
            }

            @Override
            public void changedUpdate(javax.swing.event.DocumentEvent e) {
            }
        });
        location.setName("book.location");
        location.setRenderer(renderer());
        proximity = new JRadioButton(messages.get("book.mode.proximity"), true);
        proximity.setName("book.mode.proximity");
        flexibility = new JRadioButton(messages.get("book.mode.flexibility"));
        flexibility.setName("book.mode.flexibility");
        ButtonGroup mode = new ButtonGroup();
        mode.add(proximity);
        mode.add(flexibility);
        saturday = new JCheckBox(messages.get("book.saturday"));
        saturday.setName("book.saturday");
        evening = new JCheckBox(messages.get("book.evening"));
        evening.setName("book.evening");
        slots.setName("book.slots");
        slots.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        slots.addListSelectionListener(e -> model.selectSlot(slots.getSelectedIndex()));
        message.setName("book.message");
        JButton search = new JButton(messages.get("book.search"));
        search.setName("book.search");
        search.addActionListener(e -> search());
        print = new JButton(messages.get("book.print"));
        print.setName("book.print");
        print.setEnabled(false);
        print.addActionListener(e -> print());
        JButton confirm = new JButton(messages.get("book.confirm"));
        confirm.setName("book.confirm");
        confirm.addActionListener(e -> confirm());

        add(label("book.themeLabel", theme));
        add(theme);
        add(label("book.product", product));
        add(product, "wrap");
        add(proximity, "skip 1, split 2, span 3");
        add(flexibility, "wrap");
        add(label("book.location", location));
        add(location);
        add(saturday, "skip 1, split 2");
        add(evening, "wrap");
        add(label("book.whenLabel", date));
        add(earliest, "split 3, span 3");
        add(fromDate);
        add(date, "growx 0, wrap");
        add(search, "skip 1, span 3, growx 0, wrap");
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2", "[right][grow,fill]"));
        citizen.addTo(form);
        form.add(confirm, "skip 1, growx 0, split 2");
        form.add(print, "growx 0");
        add(new JScrollPane(slots), "span 2, grow");
        add(form, "span 2, grow, top, wrap");
        add(message, "span 4, growx");

        fillChoices(ownLocationId);
        model.addListener(this::refresh);
    }

    /** Loads products and locations (after reference data arrived). */
    public void fillChoices(String ownLocationId) {
        Object chosenProduct = product.getSelectedItem();
        Object chosenTheme = theme.getSelectedItem();
        catalogue = model.catalogue();
        theme.removeAllItems();
        catalogue.keySet().forEach(theme::addItem);
        if (chosenTheme != null && catalogue.containsKey(chosenTheme)) {
            theme.setSelectedItem(chosenTheme);
        }
        productsOfTheme();
        if (chosenProduct != null) {
            product.setSelectedItem(chosenProduct);
        }
        location.removeAllItems();
        List<Location> locations = model.locations();
        locations.forEach(location::addItem);
        locations.stream().filter(l -> l.id().equals(ownLocationId)).findFirst().ifPresent(location::setSelectedItem);
    }

    /** The product list shows the chosen theme's products (the catalogue by theme). */
    private void productsOfTheme() {
        product.removeAllItems();
        Object chosen = theme.getSelectedItem();
        if (chosen != null && catalogue.containsKey(chosen)) {
            catalogue.get(chosen).forEach(product::addItem);
        }
    }

    private void search() {
        Product chosen = (Product) product.getSelectedItem();
        if (chosen == null) {
            return;
        }
        java.time.LocalDate from = null;
        if (fromDate.isSelected()) {
            try {
                from = java.time.LocalDate.parse(date.getText().strip(), messages.date());
            } catch (java.time.format.DateTimeParseException e) {
                message.setText(messages.get("book.badDate"));
                date.requestFocusInWindow();
                return;
            }
        }
        Location where = (Location) location.getSelectedItem();
        model.search(chosen.code(), proximity.isSelected() && where != null ? where.id() : null,
                saturday.isSelected(), evening.isSelected(), from);
    }

    private JLabel label(String key, java.awt.Component field) {
        JLabel label = new JLabel(messages.get(key));
        label.setLabelFor(field);
        return label;
    }

    private void confirm() {
        Product chosen = (Product) product.getSelectedItem();
        model.confirm(chosen == null ? null : chosen.code(), citizen.givenName(), citizen.familyName(),
                citizen.registerNumber(), citizen.email(), citizen.phone());
    }

    private void print() {
        model.slip().ifPresent(slip -> {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintable(slip);
            if (job.printDialog()) {
                model.print(job);
            }
        });
    }

    private void refresh() {
        print.setEnabled(model.lastBooking().isPresent());
        slotItems.clear();
        List<Slot> found = model.slots();
        for (int i = 0; i < found.size(); i++) {
            Slot slot = found.get(i);
            slotItems.addElement(messages.dayWithWeekday().format(slot.start()) + "  "
                    + messages.time().format(slot.start()) + "  " + model.locationName(slot.locationId())
                    + "  (" + slot.free() + ")  "
                    + messages.get(model.certain(i) ? "book.slot.certain" : "book.slot.provisional"));
        }
        message.setText(model.message().isEmpty() ? " " : model.message());
        if (model.lastBooking().isPresent() && !model.messageIsError()) {
            citizen.clear();
        }
    }

    private static DefaultListCellRenderer renderer() {
        return new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                Object shown = value instanceof Product p ? p.name() : value instanceof Location l ? l.name() : value;
                return super.getListCellRendererComponent(list, shown, index, selected, focus);
            }
        };
    }
}
