package be.antwerpen.lom.client.downtime.desk;

import be.antwerpen.lom.client.downtime.PackManifest;

/** Whether every paper form of a pack (intake forms and blank walk-in forms) has been entered on this desk. */
@FunctionalInterface
public interface EnteredForms {

    boolean allEntered(PackManifest pack);
}
