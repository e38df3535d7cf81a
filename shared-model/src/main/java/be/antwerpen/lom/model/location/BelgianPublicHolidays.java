package be.antwerpen.lom.model.location;

import be.antwerpen.lom.model.validation.Require;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * The ten legal public holidays of Belgium, computed for any Gregorian year. Moveable feasts
 * follow Easter Sunday, computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 */
public final class BelgianPublicHolidays {

    /** Earliest year accepted (the Gregorian computus is valid from 1583; we keep a sane range). */
    public static final int FIRST_YEAR = 1900;
    /** Latest year accepted. */
    public static final int LAST_YEAR = 2199;

    private BelgianPublicHolidays() {
    }

    /** Easter Sunday of {@code year} in the Gregorian calendar. */
    public static LocalDate easterSunday(int year) {
        requireYear(year, "year");
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** The public holidays of one year as closures of every location, in date order. */
    public static List<Closure> closuresFor(int year) {
        LocalDate easter = easterSunday(year);
        List<Closure> holidays = new ArrayList<>(10);
        holidays.add(holiday(LocalDate.of(year, Month.JANUARY, 1), "Nieuwjaar"));
        holidays.add(holiday(easter.plusDays(1), "Paasmaandag"));
        holidays.add(holiday(LocalDate.of(year, Month.MAY, 1), "Dag van de Arbeid"));
        holidays.add(holiday(easter.plusDays(39), "O.L.H. Hemelvaart"));
        holidays.add(holiday(easter.plusDays(50), "Pinkstermaandag"));
        holidays.add(holiday(LocalDate.of(year, Month.JULY, 21), "Nationale feestdag"));
        holidays.add(holiday(LocalDate.of(year, Month.AUGUST, 15), "O.L.V. Hemelvaart"));
        holidays.add(holiday(LocalDate.of(year, Month.NOVEMBER, 1), "Allerheiligen"));
        holidays.add(holiday(LocalDate.of(year, Month.NOVEMBER, 11), "Wapenstilstand"));
        holidays.add(holiday(LocalDate.of(year, Month.DECEMBER, 25), "Kerstmis"));
        holidays.sort((x, y) -> x.from().compareTo(y.from()));
        return List.copyOf(holidays);
    }

    /** The public holidays of {@code fromYear} to {@code toYear} (inclusive), in date order. */
    public static List<Closure> closuresFor(int fromYear, int toYear) {
        requireYear(fromYear, "fromYear");
        requireYear(toYear, "toYear");
        Require.that(toYear >= fromYear, "toYear", "toYear must not be before fromYear");
        List<Closure> all = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            all.addAll(closuresFor(year));
        }
        return List.copyOf(all);
    }

    private static Closure holiday(LocalDate day, String name) {
        return Closure.everywhere(day, ClosureReason.PUBLIC_HOLIDAY, name);
    }

    private static void requireYear(int year, String field) {
        Require.that(year >= FIRST_YEAR && year <= LAST_YEAR, field,
                field + " must be between " + FIRST_YEAR + " and " + LAST_YEAR);
    }
}
