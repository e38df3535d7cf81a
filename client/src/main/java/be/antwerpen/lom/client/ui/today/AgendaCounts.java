package be.antwerpen.lom.client.ui.today;

/** Counts at a glance for the Today screen. */
public record AgendaCounts(int total, int waiting, int inService, int served, int noShow) {
}
