package be.antwerpen.lom.client.rekey;

import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.client.agenda.LocalAgenda;
import be.antwerpen.lom.client.downtime.AppointmentFormPayload;
import be.antwerpen.lom.client.downtime.DowntimePackFolder;
import be.antwerpen.lom.client.downtime.InvalidQrPayloadException;
import be.antwerpen.lom.client.downtime.PackManifest;
import be.antwerpen.lom.client.downtime.QrPayload;
import be.antwerpen.lom.client.downtime.SerialRange;
import be.antwerpen.lom.client.downtime.StoredPack;
import be.antwerpen.lom.client.downtime.WalkInFormPayload;
import be.antwerpen.lom.client.store.LocalDatabase;
import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.sync.PaperPile;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Finds the paper form a scanned QR code (scanner-safe {@code LOKET...}, ADR 0117, or the first format
 * {@code LOM1|A|<id>|<code>}, {@code LOM1|W|<serial>}),
 * a typed serial ({@code ANT-W-000101}) or a typed appointment code names: the appointment from
 * the local store, or the blank walk-in form from the pack manifests of this desk's location.
 */
public final class PaperFormLookup {

    private final LocalDatabase database;
    private final LocalAgenda agenda;
    private final DowntimePackFolder packs;
    private final Supplier<String> locationId;

    public PaperFormLookup(LocalDatabase database, LocalAgenda agenda, DowntimePackFolder packs,
                           Supplier<String> locationId) {
        this.database = database;
        this.agenda = agenda;
        this.packs = packs;
        this.locationId = locationId;
    }

    /**
     * @throws RekeyRefusedException when the text names no form this desk knows
     */
    public PaperForm find(String text) {
        if (text == null || text.isBlank()) {
            throw new RekeyRefusedException("scan the QR code or type the serial or appointment code",
                    "failure.rekey.scanFirst");
        }
        String typed = text.strip();
        if (typed.startsWith("LOM") || QrPayload.isScannerSafe(typed)) {
            QrPayload payload;
            try {
                payload = QrPayload.parse(typed);
            } catch (InvalidQrPayloadException e) {
                throw new RekeyRefusedException(e.getMessage(), "failure.rekey.unreadableCode");
            }
            if (payload instanceof AppointmentFormPayload a) {
                return appointment(a.appointmentId());
            }
            return walkIn(((WalkInFormPayload) payload).serial());
        }
        String upper = typed.toUpperCase(Locale.ROOT);
        if (SerialRange.isWellFormedSerial(upper)) {
            return walkIn(upper);
        }
        return appointment(appointmentIdForCode(typed));
    }

    private PaperForm appointment(UUID id) {
        Optional<AgendaEntry> entry = database.inTransaction(c -> agenda.current(c, id));
        Appointment appointment = entry.map(AgendaEntry::appointment)
                .orElseThrow(() -> new RekeyRefusedException("this appointment is not in the local agenda",
                        "failure.rekey.notInAgenda"));
        return packDay(id).map(day -> new AppointmentPaperForm(appointment, day))
                .orElseGet(() -> new AppointmentPaperForm(appointment));
    }

    /**
     * The day of the pack whose intake form names the appointment: the day the paper's times are on, even
     * when the appointment was moved since. When two packs name it (moved after one was printed), the
     * earlier: a pack is made again after every sync that changes it, so only a pack whose day had passed
     * before the move reached the desk still names it, and that is the form used during the outage.
     */
    private Optional<LocalDate> packDay(UUID id) {
        for (StoredPack pack : packs.list(locationId.get())) {
            for (PackManifest.Entry entry : pack.manifest().appointments()) {
                if (entry.id().equals(id)) {
                    return Optional.of(pack.manifest().day());
                }
            }
        }
        return Optional.empty();
    }

    private UUID appointmentIdForCode(String code) {
        for (StoredPack pack : packs.list(locationId.get())) {
            for (PackManifest.Entry entry : pack.manifest().appointments()) {
                if (entry.code().equalsIgnoreCase(code)) {
                    return entry.id();
                }
            }
        }
        Optional<UUID> stored = database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM appointment WHERE code = ? COLLATE NOCASE")) {
                s.setString(1, code);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(UUID.fromString(rs.getString(1))) : Optional.<UUID>empty();
                }
            }
        });
        return stored.orElseThrow(() -> new RekeyRefusedException(
                "no form or appointment has this code; check the serial or appointment code on the form",
                "failure.rekey.unknownCode"));
    }

    private PaperForm walkIn(String serial) {
        for (StoredPack pack : packs.list(locationId.get())) {
            List<PackManifest.WalkInEntry> forms = pack.manifest().walkInForms();
            for (int i = 0; i < forms.size(); i++) {
                if (forms.get(i).serial().equals(serial)) {
                    return new WalkInPaperForm(serial, forms.get(i).productCode(), pack.manifest().day(),
                            pileOf(forms, i));
                }
            }
        }
        throw new RekeyRefusedException("serial " + serial + " is not on a downtime pack of this desk",
                "failure.rekey.unknownSerial", serial);
    }

    /**
     * The pile the pack printed form {@code at} in: the run of forms next to it in the manifest for the same product
     * (the pack prints each product's blank forms as one run of serials, ADR 0159).
     */
    private static PaperPile pileOf(List<PackManifest.WalkInEntry> forms, int at) {
        String product = forms.get(at).productCode();
        int first = at;
        while (first > 0 && forms.get(first - 1).productCode().equals(product)) {
            first--;
        }
        int last = at;
        while (last < forms.size() - 1 && forms.get(last + 1).productCode().equals(product)) {
            last++;
        }
        return new PaperPile(forms.get(first).serial(), forms.get(last).serial());
    }
}
