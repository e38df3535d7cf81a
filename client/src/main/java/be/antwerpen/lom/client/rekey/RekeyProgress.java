package be.antwerpen.lom.client.rekey;

import be.antwerpen.lom.client.downtime.DowntimePackFolder;
import be.antwerpen.lom.client.downtime.PackManifest;
import be.antwerpen.lom.client.downtime.StoredPack;
import be.antwerpen.lom.client.downtime.desk.EnteredForms;
import be.antwerpen.lom.client.store.LocalDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Per pack on disk: how many of its forms (intake and blank walk-in forms) are entered; a pack whose
 * forms are all entered may be deleted (ADR 0144). A form whose commands the server refused is not entered: it
 * is to be entered again, and its pack stays (ADR 0149).
 */
public final class RekeyProgress implements EnteredForms {

    private final LocalDatabase database;
    private final RekeyedFormStore forms;
    private final DowntimePackFolder packs;
    private final Supplier<String> locationId;

    public RekeyProgress(LocalDatabase database, RekeyedFormStore forms, DowntimePackFolder packs,
                         Supplier<String> locationId) {
        this.database = database;
        this.forms = forms;
        this.packs = packs;
        this.locationId = locationId;
    }

    public List<PackProgress> perPack() {
        Set<String> entered = database.inTransaction(forms::allKeys);
        List<PackProgress> progress = new ArrayList<>();
        for (StoredPack pack : packs.list(locationId.get())) {
            progress.add(progress(pack.manifest(), entered));
        }
        return progress;
    }

    /**
     * The forms of the packs on disk whose commands the server refused, pack by pack in the packs' order, each
     * once (on the earliest pack that holds it, where {@link PaperFormLookup} finds it).
     */
    public List<FormToEnterAgain> toEnterAgain() {
        Map<String, String> refused = database.inTransaction(forms::refused);
        List<FormToEnterAgain> again = new ArrayList<>();
        if (refused.isEmpty()) {
            return again;
        }
        for (StoredPack pack : packs.list(locationId.get())) {
            PackManifest m = pack.manifest();
            for (PackManifest.Entry e : m.appointments()) {
                add(again, refused, m, "A:", e.code());
            }
            for (PackManifest.WalkInEntry w : m.walkInForms()) {
                add(again, refused, m, "W:", w.serial());
            }
        }
        return again;
    }

    private static void add(List<FormToEnterAgain> again, Map<String, String> refused, PackManifest pack,
                            String kind, String number) {
        String refusal = refused.remove(kind + number); // a moved appointment's form is on two packs: the earlier
        if (refusal != null) {
            again.add(new FormToEnterAgain(pack.day(), number, refusal));
        }
    }

    @Override
    public Predicate<PackManifest> allEnteredNow() {
        Set<String> entered = database.inTransaction(forms::allKeys);
        return pack -> progress(pack, entered).remaining() == 0;
    }

    private static PackProgress progress(PackManifest m, Set<String> entered) {
        int done = 0;
        for (PackManifest.Entry e : m.appointments()) {
            done += entered.contains("A:" + e.code()) ? 1 : 0;
        }
        for (PackManifest.WalkInEntry w : m.walkInForms()) {
            done += entered.contains("W:" + w.serial()) ? 1 : 0;
        }
        return new PackProgress(m.day(), done, m.appointments().size() + m.walkInForms().size());
    }
}
