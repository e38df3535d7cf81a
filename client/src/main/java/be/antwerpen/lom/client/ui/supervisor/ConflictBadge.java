package be.antwerpen.lom.client.ui.supervisor;

import javax.swing.JLabel;
import javax.swing.UIManager;

/**
 * A small rounded label in the window's header with the supervisor's open-conflict count; coloured
 * (theme colours {@code Lom.staleBackground/Foreground}) while there are open conflicts.
 */
public final class ConflictBadge extends JLabel {

    private static final String SHAPE = "arc: 999; border: 2,10,2,10";

    private final ConflictBadgeViewModel model;

    public ConflictBadge(ConflictBadgeViewModel model) {
        this.model = model;
        setName("conflictBadge");
        putClientProperty("FlatLaf.style", SHAPE);
        model.addListener(this::refresh);
        refresh();
    }

    private void refresh() {
        String text = model.text();
        setText(text);
        setToolTipText(model.tooltip().isEmpty() ? null : model.tooltip());
        setVisible(!text.isEmpty());
        boolean attention = model.attention();
        setOpaque(attention);
        setBackground(attention ? UIManager.getColor("Lom.staleBackground") : UIManager.getColor("Label.background"));
        setForeground(attention ? UIManager.getColor("Lom.staleForeground") : UIManager.getColor("Label.foreground"));
        revalidate();
        repaint();
    }
}
