package be.antwerpen.lom.client.ui.book;

import be.antwerpen.lom.client.counter.OfflineBooking;
import be.antwerpen.lom.client.reference.CurrentReferenceData;
import be.antwerpen.lom.client.ui.DeskTab;
import be.antwerpen.lom.client.ui.TabContext;
import be.antwerpen.lom.client.ui.TabView;

/** The Book tab: booking an appointment, also offline; its choices are filled anew when it is selected. */
public final class BookTab implements DeskTab {

    private final OfflineBooking booking;
    private final CurrentReferenceData referenceData;

    public BookTab(OfflineBooking booking, CurrentReferenceData referenceData) {
        this.booking = booking;
        this.referenceData = referenceData;
    }

    @Override
    public TabView build(TabContext context) {
        String locationId = context.workplace().locationId();
        BookViewModel book = new BookViewModel(booking, referenceData, context.tasks(), context.messages());
        BookPanel panel = new BookPanel(book, context.messages(), locationId);
        return TabView.of(context.messages().get("tab.book"), panel).whenSelected(() -> panel.fillChoices(locationId));
    }
}
