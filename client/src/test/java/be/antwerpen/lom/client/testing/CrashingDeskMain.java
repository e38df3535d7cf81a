package be.antwerpen.lom.client.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * A desk process for the crash tests: registers walk-ins in a loop and prints "SAVED n ticket" after
 * each one is committed, until it is killed.
 */
public final class CrashingDeskMain {

    private CrashingDeskMain() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        try (TestDesk desk = new TestDesk(dir, Clock.system(ZoneId.of("Europe/Brussels")))) {
            for (int n = 1; n <= 100_000; n++) {
                String ticket = desk.actions.registerWalkIn("EID_APPLY", TestAppointments.citizen("Jan", "Janssens"));
                System.out.println("SAVED " + n + " " + ticket);
                System.out.flush();
            }
        }
    }
}
