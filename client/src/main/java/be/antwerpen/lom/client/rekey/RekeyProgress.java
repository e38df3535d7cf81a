package be.antwerpen.lom.client.rekey;

import be.antwerpen.lom.client.downtime.DowntimePackFolder;
import be.antwerpen.lom.client.downtime.PackManifest;
import be.antwerpen.lom.client.downtime.StoredPack;
import be.antwerpen.lom.client.downtime.desk.EnteredForms;
import be.antwerpen.lom.client.store.LocalDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Per pack on disk: how many of its forms (intake and blank walk-in forms) are entered; a pack whose
 * forms are all entered may be deleted (ADR 0144).
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

    @Override
    public boolean allEntered(PackManifest pack) {
        return progress(pack, database.inTransaction(forms::allKeys)).remaining() == 0;
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
