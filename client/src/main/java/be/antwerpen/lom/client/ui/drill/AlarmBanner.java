package be.antwerpen.lom.client.ui.drill;

import be.antwerpen.lom.client.drill.StalenessAlarm;
import be.antwerpen.lom.client.ui.Messages;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The loud line above the status bar (ADR 0112): shown while the desk's local copy or paper pack breaks the
 * two-hour rule, and while a drill cuts the desk off (ADR 0110). Hidden otherwise.
 */
public final class AlarmBanner extends JPanel {

    private static final Color ALARM = new Color(0xB0, 0x1E, 0x1E);
    private static final Color DRILL = new Color(0x9A, 0x52, 0x00);

    private final JLabel text = new JLabel();

    public AlarmBanner() {
        super(new BorderLayout());
        setName("alarmBanner");
        text.setName("alarmBanner.text");
        text.setForeground(Color.WHITE);
        text.setFont(text.getFont().deriveFont(Font.BOLD, text.getFont().getSize2D() + 2f));
        setBorder(BorderFactory.createEmptyBorder(8, 12, 8, 12));
        add(text, BorderLayout.CENTER);
        setVisible(false);
    }

    /** The banner stacked above the status bar, for the window's bottom edge. */
    public static JPanel above(AlarmBanner banner, java.awt.Component statusBar) {
        JPanel south = new JPanel(new BorderLayout());
        south.add(banner, BorderLayout.NORTH);
        south.add(statusBar, BorderLayout.SOUTH);
        return south;
    }

    /** Shows the state; call on the event thread. */
    public void show(StalenessAlarm.State state, Messages messages, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        if (state.drillUntil() != null) {
            lines.add(messages.get("drill.running",
                    LocalDateTime.ofInstant(state.drillUntil(), zone).format(messages.time())));
        }
        if (state.copyStale()) {
            // a desk that never synced has no copy at all: the loudest case of the rule, not a silent one
            lines.add(state.copyAge() == null ? messages.get("alarm.noCopy")
                    : messages.get("alarm.copyStale", age(state.copyAge(), messages)));
        }
        if (state.packStale()) {
            lines.add(state.packAge() == null ? messages.get("alarm.noPack")
                    : messages.get("alarm.packStale", age(state.packAge(), messages)));
        }
        if (lines.isEmpty()) {
            setVisible(false);
            return;
        }
        setBackground(state.copyStale() || (state.packStale() && state.packAge() != null) ? ALARM : DRILL);
        setOpaque(true);
        text.setText("<html>" + String.join("<br>", lines.stream().map(AlarmBanner::escape).toList()) + "</html>");
        setVisible(true);
        revalidate();
    }

    /** The banner's text without markup, as read by people and tests. */
    public String plainText() {
        return text.getText().replaceAll("<br>", "\n").replaceAll("<[^>]+>", "").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String age(Duration age, Messages messages) {
        return messages.get("alarm.age", age.toHours(), age.toMinutesPart());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
