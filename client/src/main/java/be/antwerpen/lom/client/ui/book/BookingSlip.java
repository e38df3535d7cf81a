package be.antwerpen.lom.client.ui.book;

import be.antwerpen.lom.client.counter.BookingConfirmation;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.reference.ReferenceData;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.print.PageFormat;
import java.awt.print.Printable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The printable confirmation slip of a booking made at the desk. */
public final class BookingSlip implements Printable {

    private final List<String> lines;

    public BookingSlip(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    /** The slip's lines in the desk's language; the citizen's data is not printed (the slip may be left behind). */
    public static List<String> lines(BookingConfirmation booking, Messages messages, Optional<ReferenceData> reference) {
        String where = reference.flatMap(r -> r.location(booking.locationId())).map(Location::name)
                .orElse(booking.locationId());
        String what = reference.flatMap(r -> r.product(booking.productCode())).map(Product::name)
                .orElse(booking.productCode());
        List<String> result = new ArrayList<>();
        result.add(messages.get("slip.title"));
        result.add(messages.get("slip.code", booking.code()));
        result.add(messages.get("slip.when", messages.dayWithWeekday().format(booking.start()),
                messages.time().format(booking.start())));
        result.add(messages.get("slip.where", where));
        result.add(messages.get("slip.what", what));
        if (booking.provisional()) {
            result.add(messages.get("slip.provisional"));
        }
        return result;
    }

    public List<String> lines() {
        return lines;
    }

    @Override
    public int print(Graphics graphics, PageFormat format, int pageIndex) {
        if (pageIndex > 0) {
            return NO_SUCH_PAGE;
        }
        Graphics2D g = (Graphics2D) graphics;
        g.translate(format.getImageableX(), format.getImageableY());
        int y = 24;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(lines.get(0), 0, y);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (String line : lines.subList(1, lines.size())) {
            y += 20;
            g.drawString(line, 0, y);
        }
        return PAGE_EXISTS;
    }
}
