package be.antwerpen.lom.client.ui.shell;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/** The application icon: the city's red square with "LoM", drawn at the sizes window managers ask for. */
public final class AppIcon {

    private AppIcon() {
    }

    public static List<Image> images() {
        return List.of(draw(16), draw(32), draw(48), draw(64), draw(128), draw(256));
    }

    private static Image draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xE3, 0x06, 0x13));
            int arc = Math.max(4, size / 5);
            g.fillRoundRect(0, 0, size, size, arc, arc);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(7, size * 2 / 5)));
            String text = size < 32 ? "L" : "LoM";
            int width = g.getFontMetrics().stringWidth(text);
            g.drawString(text, (size - width) / 2, size / 2 + g.getFontMetrics().getAscent() / 3);
        } finally {
            g.dispose();
        }
        return image;
    }
}
