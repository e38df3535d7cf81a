package be.antwerpen.lom.bench.downtime;

import be.antwerpen.lom.client.downtime.DowntimePackRequest;
import be.antwerpen.lom.client.downtime.SerialRange;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.location.Location;
import be.antwerpen.lom.model.location.LocationKind;
import be.antwerpen.lom.model.product.Channel;
import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.product.ProductTheme;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A generated busy day at a regional counter: appointments on eight desks every ten minutes from
 * 08:30, names in many scripts, valid register numbers, five common products with blank forms.
 */
final class BusyCounterDay {

    static final LocalDate DAY = LocalDate.of(2026, 12, 12);
    private static final Location DEURNE = new Location("deurne", "Districtshuis Deurne", LocationKind.REGIO,
            "Maurice Dequeeckerplein 1, 2100 Deurne");
    private static final String[][] NAMES = {
        {"Şükrü", "Yılmaz"}, {"Łucja", "Wójcik"}, {"Thị Hương", "Nguyễn"}, {"Αθανάσιος", "Παπαδόπουλος"},
        {"Людмила", "Иванова"}, {"Jef", "Van den Broeck"}, {"Anaïs", "Lefèvre"}, {"Fatima Zahra", "El Amrani"},
        {"Mieke", "Janssens"}, {"Kwame", "Mensah-Boateng"}, {"Zoë", "De Smet-Özdemir"}, {"Ángel", "García Núñez"}};

    private BusyCounterDay() {
    }

    static DowntimePackRequest request(int appointments, int blankFormsPerProduct) {
        List<Product> products = products();
        List<Appointment> day = new ArrayList<>(appointments);
        for (int i = 0; i < appointments; i++) {
            Product product = products.get(i % products.size());
            LocalDateTime start = DAY.atTime(LocalTime.of(8, 30).plusMinutes(10L * (i / 8)));
            day.add(new Appointment(UUID.nameUUIDFromBytes(("bench-" + i).getBytes(StandardCharsets.UTF_8)),
                    String.format("D%04d-%c", i, (char) ('A' + i % 26)), DEURNE.id(), product.code(), start,
                    start.plusMinutes(product.durationMinutes()), citizen(i), AppointmentStatus.BOOKED,
                    AppointmentOrigin.ONLINE, false, 1));
        }
        List<String> walkIn = products.stream().map(Product::code).toList();
        return new DowntimePackRequest(DEURNE, "Loket 3", DAY, DAY.minusDays(1).atTime(19, 45),
                DAY.minusDays(1).atTime(19, 42), day, products,
                new SerialRange("DEU3-W", 1, walkIn.size() * blankFormsPerProduct), walkIn, blankFormsPerProduct);
    }

    private static Citizen citizen(int i) {
        String[] name = NAMES[i % NAMES.length];
        LocalDate birth = LocalDate.of(1940 + (i * 7) % 80, 1 + i % 12, 1 + i % 28);
        String firstNine = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), 1 + (i * 13) % 997);
        long base = Long.parseLong(firstNine) + (birth.getYear() >= 2000 ? 2_000_000_000L : 0L);
        String number = firstNine + String.format("%02d", 97 - base % 97);
        return new Citizen(NationalRegisterNumber.parse(number, DAY), name[0], name[1],
                "burger" + i + "@example.be", "+32 3 555 " + String.format("%02d %02d", i % 100, (i * 7) % 100));
    }

    private static List<Product> products() {
        return List.of(
                product("EID_APPLY", "Elektronische identiteitskaart aanvragen", false,
                        List.of("Oude identiteitskaart innemen", "Pasfoto volgens ICAO-norm", "Betaling met bankkaart",
                                "Vingerafdrukken nemen")),
                product("PASSPORT", "Reispas aanvragen", true,
                        List.of("Identiteitskaart controleren", "Pasfoto volgens ICAO-norm", "Oude reispas innemen")),
                product("ADDRESS_CHANGE", "Adreswijziging", false,
                        List.of("Huurcontract of eigendomsakte", "Identiteitskaart van alle gezinsleden")),
                product("DRIVING_LICENCE", "Rijbewijs aanvragen", false,
                        List.of("Slaagbewijs praktisch examen", "Pasfoto", "Oud rijbewijs innemen")),
                product("CERTIFICATE", "Attest bevolking", false, List.of("Identiteit controleren")));
    }

    private static Product product(String code, String name, boolean showFull, List<String> checklist) {
        return new Product(code, name, ProductTheme.IDENTITY, 20, Set.of(LocationKind.REGIO, LocationKind.STAD),
                Set.of(Channel.ONLINE), checklist, showFull);
    }
}
