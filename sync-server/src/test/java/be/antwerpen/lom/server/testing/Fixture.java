package be.antwerpen.lom.server.testing;

import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.reference.ReferenceDataLoader;
import be.antwerpen.lom.model.slot.SlotEngine;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.demo.RegisterNumbers;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** The Antwerp example data, staff users and helpers that the suites share. */
public final class Fixture {

    public static final ReferenceData REFERENCE = ReferenceDataLoader.antwerpExample();
    public static final String PASSWORD = "correct horse battery";
    /** Low PBKDF2 cost for tests only; production uses PasswordHasher.DEFAULT_ITERATIONS. */
    public static final int TEST_ITERATIONS = 1_000;

    private static final Random RANDOM = new Random(42);

    private Fixture() {
    }

    public static ServerComponents components(Database db) {
        return new ServerComponents(db, REFERENCE, Clock.systemUTC(), TEST_ITERATIONS, Duration.ofHours(8));
    }

    /** Creates agent/supervisor users for antwerpen and deurne and an admin. */
    public static void staff(ServerComponents s) {
        s.staffAdministration().create("agent.antwerpen", "Agent Antwerpen", StaffRole.AGENT, Set.of("antwerpen"),
                PASSWORD, true, "test");
        s.staffAdministration().create("supervisor.antwerpen", "Supervisor Antwerpen", StaffRole.SUPERVISOR,
                Set.of("antwerpen"), PASSWORD, true, "test");
        s.staffAdministration().create("agent.deurne", "Agent Deurne", StaffRole.AGENT, Set.of("deurne"), PASSWORD,
                true, "test");
        s.staffAdministration().create("admin", "Admin", StaffRole.ADMIN, Set.of(), PASSWORD, true, "test");
    }

    /** A supervisor working at several locations. */
    public static void staffAt(ServerComponents s, String username, String... locations) {
        s.staffAdministration().create(username, username, StaffRole.SUPERVISOR, Set.of(locations), PASSWORD, true,
                "test");
    }

    public static Citizen citizen(String given, String family) {
        return new Citizen(new RegisterNumbers(RANDOM).next(), given, family, "burger@example.org", "+32 3 123 45 67");
    }

    /** A weekday morning at least a week ahead on which {@code locationId} is open with its full desks. */
    public static LocalDateTime openMorning(String locationId) {
        SlotEngine engine = new SlotEngine(REFERENCE);
        for (LocalDate day = LocalDate.now().plusDays(7); ; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5 && engine.dayCapacity(locationId, day, List.of()).slots() > 0
                    && engine.check(locationId, "EID_APPLY", day.atTime(LocalTime.of(9, 0)), List.of()).isPresent()) {
                return day.atTime(9, 0);
            }
        }
    }

    /**
     * The morning {@code weeks} open weeks after {@link #openMorning(String)}: the same weekday and time, counting
     * only the weeks in which {@code locationId} is open from then for three hours. A holiday closes a week's day
     * (25 December, Easter Monday), so going {@code 7 * n} days ahead can land on a closed day; different
     * {@code weeks} always give different days.
     */
    public static LocalDateTime openMorning(String locationId, int weeks) {
        return openWeek(locationId, openMorning(locationId), weeks);
    }

    /** {@code first}, moved on by {@code weeks} weeks in which {@code locationId} is open for three hours from then. */
    public static LocalDateTime openWeek(String locationId, LocalDateTime first, int weeks) {
        SlotEngine engine = new SlotEngine(REFERENCE);
        int open = -1;
        for (LocalDateTime candidate = first; ; candidate = candidate.plusDays(7)) {
            if (openForThreeHours(engine, locationId, candidate) && ++open == weeks) {
                return candidate;
            }
        }
    }

    private static boolean openForThreeHours(SlotEngine engine, String locationId, LocalDateTime from) {
        LocalDate day = from.toLocalDate();
        if (REFERENCE.closures().stream().anyMatch(c -> c.closes(locationId, day))) {
            return false;
        }
        for (int hour = 0; hour < 3; hour++) {
            if (engine.check(locationId, "EID_APPLY", from.plusHours(hour), List.of()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The number of desks serving at {@code start} (the capacity of its slot). */
    public static int capacity(String locationId, LocalDateTime start) {
        return new SlotEngine(REFERENCE).check(locationId, "EID_APPLY", start, List.of()).orElseThrow().capacity();
    }
}
