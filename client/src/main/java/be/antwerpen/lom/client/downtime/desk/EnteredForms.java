package be.antwerpen.lom.client.downtime.desk;

import be.antwerpen.lom.client.downtime.PackManifest;
import java.util.function.Predicate;

/** Whether every paper form of a pack (intake forms and blank walk-in forms) has been entered on this desk. */
@FunctionalInterface
public interface EnteredForms {

    /** A test of packs against the forms entered now: read once, for as many packs as are asked about. */
    Predicate<PackManifest> allEnteredNow();
}
