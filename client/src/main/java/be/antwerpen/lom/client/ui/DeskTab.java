package be.antwerpen.lom.client.ui;

import be.antwerpen.lom.client.auth.Workplace;

/**
 * One tab of the desk's main screen. A tab is one small class in its feature's package, built by the
 * composition root with the services it needs and listed there once; the screens factory builds it
 * anew for every login (and language switch) and shows it only to whom {@link #shownTo} admits (ADR 0105).
 */
public interface DeskTab {

    /** Whether the person working at this desk sees the tab; most tabs are for everyone. */
    default boolean shownTo(Workplace workplace) {
        return true;
    }

    /** Builds the tab's view model and view for this login; event thread. */
    TabView build(TabContext context);
}
