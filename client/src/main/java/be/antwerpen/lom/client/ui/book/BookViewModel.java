package be.antwerpen.lom.client.ui.book;

import be.antwerpen.lom.client.counter.BookingConfirmation;
import be.antwerpen.lom.client.counter.OfflineBooking;
import be.antwerpen.lom.client.reference.CurrentReferenceData;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.FailureMessages;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.validation.DomainValidationException;
import java.awt.print.PrinterJob;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The Book screen without Swing: product, then proximity (a location) or flexibility (Saturday,
 * evening, earliest at any location), a slot list, the citizen's data, confirm. Works from the local
 * copy; the result is provisional until the server confirms it.
 */
public final class BookViewModel {

    /** How far ahead the desk looks for slots. */
    static final int DAYS_AHEAD = 21;
    static final int FLEXIBLE_LIMIT = 40;

    private final OfflineBooking booking;
    private final CurrentReferenceData referenceData;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private List<Slot> slots = List.of();
    private List<Boolean> certain = List.of();
    private Slot selectedSlot;
    private String message = "";
    private boolean error;
    private BookingConfirmation lastBooking;

    public BookViewModel(OfflineBooking booking, CurrentReferenceData referenceData, BackgroundTasks tasks,
                         Messages messages) {
        this.booking = booking;
        this.referenceData = referenceData;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public List<Product> products() {
        return referenceData.products();
    }

    /** The catalogue by theme: themes in their fixed order, each with its products by name. */
    public java.util.Map<be.antwerpen.lom.model.product.ProductTheme, List<Product>> catalogue() {
        java.util.Map<be.antwerpen.lom.model.product.ProductTheme, List<Product>> byTheme =
                new java.util.EnumMap<>(be.antwerpen.lom.model.product.ProductTheme.class);
        java.text.Collator collator = java.text.Collator.getInstance(messages.locale());
        for (Product p : products()) {
            byTheme.computeIfAbsent(p.theme(), t -> new java.util.ArrayList<>()).add(p);
        }
        byTheme.values().forEach(list -> list.sort(java.util.Comparator.comparing(Product::name, collator)));
        return byTheme;
    }

    /** A location's name for the slot list ("Districtshuis Deurne"), the id only when unknown. */
    public String locationName(String locationId) {
        return referenceData.get().flatMap(r -> r.location(locationId)).map(Location::name).orElse(locationId);
    }

    public List<Location> locations() {
        return referenceData.get().map(r -> r.locations()).orElse(List.of());
    }

    /** Looks for free slots; {@code locationId == null} means flexible (any location). */
    public void search(String productCode, String locationId, boolean saturdaysOnly, boolean eveningsOnly) {
        search(productCode, locationId, saturdaysOnly, eveningsOnly, null);
    }

    /**
     * Looks for free slots from {@code fromDay} on; {@code null} is "vroegst mogelijk" (from now).
     * {@code locationId == null} means flexible (any location).
     */
    public void search(String productCode, String locationId, boolean saturdaysOnly, boolean eveningsOnly,
                       java.time.LocalDate fromDay) {
        if (referenceData.get().isEmpty()) {
            fail(messages.get("book.noReferenceData"));
            return;
        }
        tasks.run(() -> {
            List<Slot> found = locationId == null
                    ? booking.flexibility(productCode, fromDay, DAYS_AHEAD, saturdaysOnly, eveningsOnly,
                            FLEXIBLE_LIMIT)
                    : filtered(booking.proximity(locationId, productCode, fromDay, DAYS_AHEAD), saturdaysOnly,
                            eveningsOnly);
            Predicate<Slot> sure = booking.certainty();
            return new Found(found, found.stream().map(sure::test).toList());
        }, result -> {
                    List<Slot> found = result.slots();
                    slots = found;
                    certain = result.certain();
                    selectedSlot = null;
                    if (found.isEmpty()) {
                        fail(messages.get("book.noSlots"));
                    } else {
                        info("");
                    }
                }, this::failed);
    }

    private static List<Slot> filtered(List<Slot> found, boolean saturdaysOnly, boolean eveningsOnly) {
        return found.stream()
                .filter(s -> !saturdaysOnly || s.start().getDayOfWeek() == DayOfWeek.SATURDAY)
                .filter(s -> !eveningsOnly || s.evening())
                .limit(200)
                .toList();
    }

    public List<Slot> slots() {
        return slots;
    }

    /** Whether booking the slot at {@code index} would be final (on a seat lease) rather than provisional. */
    public boolean certain(int index) {
        return index >= 0 && index < certain.size() && certain.get(index);
    }

    private record Found(List<Slot> slots, List<Boolean> certain) {
    }

    public void selectSlot(int index) {
        selectedSlot = index >= 0 && index < slots.size() ? slots.get(index) : null;
    }

    public Optional<Slot> selectedSlot() {
        return Optional.ofNullable(selectedSlot);
    }

    /** Validates the citizen with the model's rules and books the selected slot. */
    public void confirm(String productCode, String givenName, String familyName, String registerNumber, String email,
                        String phone) {
        if (selectedSlot == null) {
            fail(messages.get("book.chooseSlot"));
            return;
        }
        Citizen citizen;
        try {
            NationalRegisterNumber nrn = registerNumber == null || registerNumber.isBlank() ? null
                    : NationalRegisterNumber.parse(registerNumber);
            citizen = new Citizen(nrn, givenName, familyName, email, phone);
        } catch (DomainValidationException e) {
            failed(e);
            return;
        }
        Slot slot = selectedSlot;
        tasks.run(() -> booking.book(slot.locationId(), productCode, slot.start(), citizen), done -> {
            lastBooking = done;
            slots = List.of();
            certain = List.of();
            selectedSlot = null;
            info(messages.get("book.done", done.code(), messages.dayWithWeekday().format(done.start()) + " "
                    + messages.time().format(done.start())) + " "
                    + messages.get(done.provisional() ? "book.provisional" : "book.final"));
        }, this::failed);
    }

    /** The confirmation slip of the last booking, in the desk's language. */
    public Optional<BookingSlip> slip() {
        return lastBooking().map(b -> new BookingSlip(BookingSlip.lines(b, messages, referenceData.get())));
    }

    /** Sends the slip to the printer off the event thread. */
    public void print(PrinterJob job) {
        tasks.run(() -> {
            job.print();
            return true;
        }, done -> { }, e -> fail(messages.get("error.unexpected")));
    }

    public Optional<BookingConfirmation> lastBooking() {
        return Optional.ofNullable(lastBooking);
    }

    public String message() {
        return message;
    }

    public boolean messageIsError() {
        return error;
    }

    private void failed(Exception e) {
        fail(new FailureMessages(messages).describe(e, "error.unexpected"));
    }

    private void info(String text) {
        message = text;
        error = false;
        listeners.forEach(Runnable::run);
    }

    private void fail(String text) {
        message = text;
        error = true;
        listeners.forEach(Runnable::run);
    }
}
