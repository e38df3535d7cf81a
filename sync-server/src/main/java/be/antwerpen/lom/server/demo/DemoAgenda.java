package be.antwerpen.lom.server.demo;

import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.slot.DayCapacity;
import be.antwerpen.lom.model.slot.ExistingBooking;
import be.antwerpen.lom.model.slot.ProximityQuery;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.appointment.AppointmentCodes;
import be.antwerpen.lom.server.command.Actor;
import be.antwerpen.lom.server.command.CommandWork;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Fills the agenda of every location from today for a number of days to about 70% of its desk
 * time, through the same command rules as real bookings (seats included). Appointments earlier
 * today are marked served or no-show. One transaction per location and day.
 */
public final class DemoAgenda {

    private static final double TARGET = 0.70;

    private final ServerComponents server;
    private final Random random;
    private final DemoNames names;
    private final RegisterNumbers registerNumbers;
    private final AppointmentCodes codes;

    public DemoAgenda(ServerComponents server, Random random) {
        this.server = server;
        this.random = random;
        this.names = new DemoNames(random);
        this.registerNumbers = new RegisterNumbers(random);
        this.codes = new AppointmentCodes(new SecureRandom());
    }

    /** Books the agenda for {@code days} days from today; returns the number of appointments made. */
    public int generate(int days) {
        return generate(days, line -> { });
    }

    /** As {@link #generate(int)}, telling {@code progress} about each location as it is booked. */
    public int generate(int days, Consumer<String> progress) {
        LocalDate today = LocalDate.now(server.clock().withZone(ZoneId.of("Europe/Brussels")));
        LocalDateTime now = LocalDateTime.now(server.clock().withZone(ZoneId.of("Europe/Brussels")));
        int total = 0;
        for (Location location : server.reference().locations()) {
            List<Product> offered = server.reference().products().stream()
                    .filter(p -> p.isOfferedAt(location.kind())).toList();
            int booked = 0;
            for (LocalDate day = today; day.isBefore(today.plusDays(days)); day = day.plusDays(1)) {
                booked += fillDay(location.id(), day, offered, now);
            }
            total += booked;
            progress.accept(location.name() + ": " + booked + " appointments booked for " + days + " days");
        }
        return total;
    }

    private int fillDay(String locationId, LocalDate day, List<Product> offered, LocalDateTime now) {
        DayCapacity capacity = server.engine().dayCapacity(locationId, day, List.of());
        if (capacity.deskMinutes() == 0) {
            return 0;
        }
        List<ExistingBooking> taken = new ArrayList<>();
        List<Commands.Book> bookings = new ArrayList<>();
        int bookedMinutes = 0;
        int misses = 0;
        while (bookedMinutes < capacity.deskMinutes() * TARGET && misses < 20) {
            Product product = offered.get(random.nextInt(offered.size()));
            List<Slot> free = server.engine().proximity(new ProximityQuery(locationId, product.code(), day, day), taken);
            if (free.isEmpty()) {
                misses++;
                continue;
            }
            Slot slot = free.get(random.nextInt(free.size()));
            taken.add(new ExistingBooking(locationId, slot.start(), slot.end()));
            bookedMinutes += product.durationMinutes();
            String[] name = names.next();
            String email = random.nextInt(3) == 0 ? null : "burger" + random.nextInt(100_000) + "@example.org";
            Citizen citizen = new Citizen(registerNumbers.next(), name[0], name[1], email,
                    random.nextInt(2) == 0 ? null : "+32 470 " + (100_000 + random.nextInt(900_000)));
            AppointmentOrigin origin = random.nextInt(10) < 7 ? AppointmentOrigin.ONLINE : AppointmentOrigin.COUNTER;
            bookings.add(new Commands.Book(server.ids().next(), codes.next(), locationId, product.code(), slot.start(),
                    citizen, origin));
        }
        server.db().inTransaction(c -> {
            CommandWork work = server.applier().begin(c, server.clock().instant());
            // the demo's bookings were made the day before, so today's earlier slots pass the booking window
            Instant madeAt = server.clock().instant().minus(Duration.ofDays(1));
            Actor demo = Actor.system("demo");
            for (Commands.Book book : bookings) {
                work.apply(demo, server.ids().next(), madeAt, book);
                if (book.start().isBefore(now.minusMinutes(30))) {
                    work.apply(demo, server.ids().next(), new Commands.CheckIn(book.appointmentId(), null));
                    if (random.nextInt(10) < 9) {
                        work.apply(demo, server.ids().next(), new Commands.MarkServed(book.appointmentId(), "demo", null));
                    } else {
                        work.apply(demo, server.ids().next(), new Commands.MarkNoShow(book.appointmentId(), null));
                    }
                }
            }
            work.finish();
            return null;
        });
        return bookings.size();
    }
}
