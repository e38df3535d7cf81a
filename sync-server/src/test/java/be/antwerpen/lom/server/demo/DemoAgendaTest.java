package be.antwerpen.lom.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.slot.DayCapacity;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.Rows;
import be.antwerpen.lom.server.testing.Fixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAgendaTest {

    @Test
    void demo_agenda_books_about_seventy_percent_of_desk_time_without_overbooking(@TempDir Path dir) {
        try (Database db = Database.sqlite(dir.resolve("demo.db"))) {
            ServerComponents server = Fixture.components(db);

            int made = new DemoAgenda(server, new Random(3)).generate(4);

            assertThat(made).isGreaterThan(100);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
            int deskMinutes = 0;
            int booked = 0;
            for (LocalDate day = today; day.isBefore(today.plusDays(4)); day = day.plusDays(1)) {
                LocalDate d = day;
                DayCapacity capacity = server.engine().dayCapacity("antwerpen", d,
                        db.inSnapshot(c -> server.appointments().occupancyAt(c, "antwerpen", d, d)));
                deskMinutes += capacity.deskMinutes();
                booked += capacity.bookedDeskMinutes();
            }
            assertThat((double) booked / deskMinutes).isBetween(0.6, 0.8);
            long overfull = db.inTransaction(c -> Rows.one(c, "SELECT COUNT(*) FROM seat_cells WHERE used > capacity",
                    rs -> rs.getLong(1)).orElse(0L));
            assertThat(overfull).isZero();
        }
    }

    @Test
    void on_an_open_afternoon_the_morning_is_booked_and_served_as_well(@TempDir Path dir) {
        java.time.LocalDateTime afternoon = Fixture.openMorning("antwerpen").withHour(14);
        try (Database db = Database.sqlite(dir.resolve("demo.db"))) {
            ServerComponents server = new ServerComponents(db, Fixture.REFERENCE,
                    new be.antwerpen.lom.server.testing.SettableClock(afternoon.atZone(ZoneId.of("Europe/Brussels"))
                            .toInstant()), Fixture.TEST_ITERATIONS, java.time.Duration.ofHours(8));

            assertThat(new DemoAgenda(server, new Random(3)).generate(1)).isGreaterThan(10);

            long servedThisMorning = db.inTransaction(c -> Rows.one(c, "SELECT COUNT(*) FROM appointments"
                    + " WHERE status IN ('SERVED', 'NO_SHOW')", rs -> rs.getLong(1)).orElse(0L));
            assertThat(servedThisMorning).isGreaterThan(0);
        }
    }

    @Test
    void generated_register_numbers_are_valid() {
        RegisterNumbers numbers = new RegisterNumbers(new Random(5));
        List<NationalRegisterNumber> many = java.util.stream.Stream.generate(numbers::next).limit(500).toList();

        assertThat(many).allSatisfy(n -> assertThat(NationalRegisterNumber.isValid(n.digits())).isTrue());
        assertThat(RegisterNumbers.of(LocalDate.of(2003, 2, 14), 12).bornIn2000OrLater()).isTrue();
    }
}
