package be.antwerpen.lom.client.downtime;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Generated, realistic test data: valid register numbers, names in many scripts, a product catalogue. */
final class PackTestData {

    static final LocalDate DAY = LocalDate.of(2026, 12, 12);
    static final LocalDateTime GENERATED_AT = LocalDateTime.of(2026, 12, 11, 19, 45);
    static final LocalDateTime DATA_AS_OF = LocalDateTime.of(2026, 12, 11, 19, 42);
    static final Location ANTWERPEN = new Location("antwerpen", "Districtshuis Antwerpen", LocationKind.REGIO,
            "Lange Gasthuisstraat 7, 2000 Antwerpen");

    static final Product EID = product("EID_APPLY", "Elektronische identiteitskaart aanvragen", false,
            List.of("Oude identiteitskaart innemen", "Pasfoto volgens ICAO-norm", "Betaling met bankkaart",
                    "Vingerafdrukken nemen"));
    static final Product PASSPORT = product("PASSPORT", "Reispas aanvragen", true,
            List.of("Identiteitskaart controleren", "Pasfoto volgens ICAO-norm", "Oude reispas innemen"));
    static final Product ADDRESS = product("ADDRESS_CHANGE", "Adreswijziging", false,
            List.of("Huurcontract of eigendomsakte", "Identiteitskaart van alle gezinsleden"));
    static final Product DRIVING = product("DRIVING_LICENCE", "Rijbewijs aanvragen", false,
            List.of("Slaagbewijs praktisch examen", "Pasfoto"));
    static final Product CERTIFICATE = product("CERTIFICATE", "Attest bevolking", false, List.of());
    static final List<Product> PRODUCTS = List.of(EID, PASSPORT, ADDRESS, DRIVING, CERTIFICATE);

    /** Given and family names in Turkish, Polish, Vietnamese, Greek, Cyrillic, Dutch and French spellings. */
    static final List<String[]> NAMES = List.of(
            new String[] {"Şükrü", "Yılmaz"},
            new String[] {"Łucja", "Wójcik"},
            new String[] {"Thị Hương", "Nguyễn"},
            new String[] {"Αθανάσιος", "Παπαδόπουλος"},
            new String[] {"Людмила", "Иванова"},
            new String[] {"Jef", "Van den Broeck"},
            new String[] {"Anaïs", "Lefèvre"},
            new String[] {"Zoë", "De Smet-Özdemir"});

    private PackTestData() {
    }

    static Product product(String code, String name, boolean showFull, List<String> checklist) {
        return new Product(code, name, ProductTheme.IDENTITY, 20, Set.of(LocationKind.REGIO, LocationKind.STAD),
                Set.of(Channel.ONLINE), checklist, showFull);
    }

    /** A valid register number for the birth date and sequence (odd: man, even: woman). */
    static NationalRegisterNumber registerNumber(LocalDate birthDate, int sequence) {
        String firstNine = String.format("%02d%02d%02d%03d", birthDate.getYear() % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), sequence);
        long base = Long.parseLong(firstNine) + (birthDate.getYear() >= 2000 ? 2_000_000_000L : 0L);
        int check = (int) (97 - base % 97);
        return NationalRegisterNumber.parse(firstNine + String.format("%02d", check), DAY);
    }

    static Citizen citizen(int index) {
        String[] name = NAMES.get(index % NAMES.size());
        LocalDate birth = LocalDate.of(1950 + (index * 7) % 70, 1 + index % 12, 1 + index % 28);
        return new Citizen(registerNumber(birth, 1 + (index * 13) % 997), name[0], name[1],
                index % 3 == 0 ? null : "burger" + index + "@example.be", index % 2 == 0 ? "+32 3 123 45 " + (10 + index % 90) : null);
    }

    static Appointment appointment(int index, Citizen citizen, Product product, LocalTime start) {
        return new Appointment(UUID.nameUUIDFromBytes(("appointment-" + index).getBytes()), String.format("AP%04d-K", index),
                ANTWERPEN.id(), product.code(), DAY.atTime(start), DAY.atTime(start).plusMinutes(product.durationMinutes()),
                citizen, AppointmentStatus.BOOKED, AppointmentOrigin.ONLINE, false, 1);
    }

    /** A day of {@code count} appointments on eight desks from 08:30, cycling names and products. */
    static List<Appointment> day(int count) {
        List<Appointment> appointments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalTime start = LocalTime.of(8, 30).plusMinutes(10L * (i / 8));
            appointments.add(appointment(i, citizen(i), PRODUCTS.get(i % PRODUCTS.size()), start));
        }
        return appointments;
    }

    static DowntimePackRequest request(List<Appointment> appointments, SerialRange range, List<String> walkInCodes,
            int formsPerProduct) {
        return new DowntimePackRequest(ANTWERPEN, "Loket 1", DAY, GENERATED_AT, DATA_AS_OF, appointments, PRODUCTS,
                range, walkInCodes, formsPerProduct);
    }

    static SerialRange range(int first, int last) {
        return new SerialRange("ANT1-W", first, last);
    }
}
