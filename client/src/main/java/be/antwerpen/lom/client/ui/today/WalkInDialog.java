package be.antwerpen.lom.client.ui.today;

import be.antwerpen.lom.client.ui.FailureMessages;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.citizen.CitizenFields;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.validation.DomainValidationException;
import java.awt.Component;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Optional;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;

/** Asks for a walk-in's product and identity; Enter confirms, Escape cancels. */
final class WalkInDialog extends JDialog {

    /** What the person entered. */
    record WalkIn(String productCode, Citizen citizen) {
    }

    private final JComboBox<Product> product = new JComboBox<>();
    private final CitizenFields citizen;
    private final JLabel error = new JLabel(" ");
    private WalkIn result;

    WalkInDialog(Window owner, Messages messages, List<Product> products) {
        super(owner, messages.get("walkIn.title"), ModalityType.APPLICATION_MODAL);
        setName("walkInDialog");
        citizen = CitizenFields.identity(messages, "walkIn.");
        products.forEach(product::addItem);
        product.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                Object shown = value instanceof Product p ? p.name() : value;
                return super.getListCellRendererComponent(list, shown, index, selected, focus);
            }
        });
        product.setName("walkIn.product");
        error.setName("walkIn.error");
        JButton ok = new JButton("OK");
        ok.setName("walkIn.ok");
        JButton cancel = new JButton(messages.get("action.cancel"));
        cancel.setName("walkIn.cancel");

        JPanel form = new JPanel(new MigLayout("insets 12, wrap 2", "[right][grow,fill]"));
        form.add(new JLabel(messages.get("walkIn.product")));
        form.add(product);
        citizen.addTo(form);
        form.add(error, "span 2");
        form.add(ok, "span 2, split 2, tag ok");
        form.add(cancel, "tag cancel");
        setContentPane(form);
        getRootPane().setDefaultButton(ok);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);

        ok.addActionListener(e -> accept(messages));
        cancel.addActionListener(e -> dispose());
        pack();
        setLocationRelativeTo(owner);
    }

    private void accept(Messages messages) {
        try {
            Product chosen = (Product) product.getSelectedItem();
            if (chosen == null) {
                throw new DomainValidationException("product", "choose a product");
            }
            result = new WalkIn(chosen.code(), citizen.citizen());
            dispose();
        } catch (DomainValidationException e) {
            error.setText(new FailureMessages(messages).describe(e, "error.unexpected"));
        }
    }

    Optional<WalkIn> ask() {
        setVisible(true);
        return Optional.ofNullable(result);
    }
}
