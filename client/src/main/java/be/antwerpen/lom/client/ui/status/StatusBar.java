package be.antwerpen.lom.client.ui.status;

import java.awt.Color;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/** The status bar: connection, commands waiting, last sync, age of the local copy (loud when stale),
 * age of the downtime pack. */
public final class StatusBar extends JPanel {

    private final JLabel connection = label("status.connection");
    private final JLabel waiting = label("status.waiting");
    private final JLabel lastSync = label("status.lastSync");
    private final JLabel age = label("status.age");
    private final JLabel skew = label("status.skew");
    private final JLabel pack = label("status.pack");
    private final JLabel notice = label("status.notice");

    public StatusBar() {
        super(new MigLayout("insets 4 8 4 8, gapx 16", "[][][][][grow][]"));
        setName("statusBar");
        setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")));
        add(connection);
        add(waiting);
        add(lastSync);
        add(age);
        add(pack);
        add(skew);
        add(notice, "newline, span, hidemode 3");
        notice.setVisible(false);
    }

    private static JLabel label(String name) {
        JLabel label = new JLabel(" ");
        label.setName(name);
        return label;
    }

    public void show(StatusBarText text) {
        connection.setText(text.connection());
        connection.setForeground(color(text.online() ? "Lom.onlineForeground" : "Lom.offlineForeground"));
        waiting.setText(text.waiting());
        lastSync.setText(text.lastSync());
        age.setText(text.age());
        age.setOpaque(text.stale());
        age.setBackground(text.stale() ? color("Lom.staleBackground") : null);
        age.setForeground(text.stale() ? color("Lom.staleForeground") : UIManager.getColor("Label.foreground"));
        age.setFont(age.getFont().deriveFont(text.stale() ? Font.BOLD : Font.PLAIN));
        skew.setText(text.skew());
        notice.setText(text.notice());
        notice.setVisible(!text.notice().isEmpty());
        notice.setForeground(color("Lom.offlineForeground"));
    }

    /** The age of the downtime pack on disk. */
    public void showPack(String text) {
        pack.setText(text);
    }

    private static Color color(String key) {
        Color color = UIManager.getColor(key);
        return color != null ? color : UIManager.getColor("Label.foreground");
    }
}
