package be.antwerpen.lom.server.demo;

import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import java.time.LocalDate;
import java.util.Random;

/** Generates valid (made-up) national register numbers with correct check digits, for demo data and tests. */
public final class RegisterNumbers {

    private final Random random;

    public RegisterNumbers(Random random) {
        this.random = random;
    }

    public NationalRegisterNumber next() {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 70));
        int sequence = 1 + random.nextInt(997);
        return of(birth, sequence);
    }

    public static NationalRegisterNumber of(LocalDate birth, int sequence) {
        long firstNine = Long.parseLong(String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), sequence));
        long base = birth.getYear() >= 2000 ? 2_000_000_000L + firstNine : firstNine;
        int check = (int) (97 - base % 97);
        return NationalRegisterNumber.parse(String.format("%09d%02d", firstNine, check), LocalDate.of(9999, 1, 1));
    }
}
