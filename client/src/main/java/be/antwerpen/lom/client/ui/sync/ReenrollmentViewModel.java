package be.antwerpen.lom.client.ui.sync;

import be.antwerpen.lom.client.auth.DeskEnrollment;
import be.antwerpen.lom.client.change.Subscription;
import be.antwerpen.lom.client.sync.DeskChanges;
import be.antwerpen.lom.client.sync.SyncPhase;
import be.antwerpen.lom.client.sync.SyncStatus;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.login.EnrollmentFailure;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Enrolling the desk again when the server no longer knows it (e.g. restored from a backup), without
 * losing its waiting changes ({@link DeskEnrollment#reenroll}). Offered only while sync reports
 * {@link SyncPhase#DEVICE_UNKNOWN} or {@link SyncPhase#ACTIVE_ELSEWHERE} (a copied data folder running next
 * to the original: this computer becomes a desk of its own, ADR 0043). Listeners are told on the UI thread.
 */
public final class ReenrollmentViewModel {

    private final DeskEnrollment enrollment;
    private final Runnable syncNow;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean needed;
    private boolean activeElsewhere;
    private boolean busy;
    private String message = "";
    private boolean error;

    public ReenrollmentViewModel(DeskEnrollment enrollment, Runnable syncNow, BackgroundTasks tasks,
                                 Messages messages) {
        this.enrollment = enrollment;
        this.syncNow = syncNow;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Follows the sync status until closed. */
    public Subscription follow(DeskChanges changes) {
        return changes.onStatus(status -> tasks.onUi(() -> statusChanged(status)));
    }

    /** Follows the sync status; UI thread. */
    public void statusChanged(SyncStatus status) {
        boolean unknown = status.phase() == SyncPhase.DEVICE_UNKNOWN || status.phase() == SyncPhase.ACTIVE_ELSEWHERE;
        boolean elsewhere = status.phase() == SyncPhase.ACTIVE_ELSEWHERE;
        if ((unknown != needed || elsewhere != activeElsewhere) && !busy) {
            needed = unknown;
            activeElsewhere = elsewhere;
            changed();
        }
    }

    public boolean needed() {
        return needed;
    }

    /** Why the desk must be enrolled again: the server lost it, or its identity runs on another computer. */
    public String explanation() {
        return messages.get(activeElsewhere ? "reenroll.explainActiveElsewhere" : "reenroll.explain");
    }

    public String message() {
        return message;
    }

    public boolean messageIsError() {
        return error;
    }

    /** Enrolls again with the code an administrator issued; the waiting changes are then sent. */
    public void reenroll(String code) {
        if (code == null || code.isBlank()) {
            show(messages.get("reenroll.codeMissing"), true);
            return;
        }
        busy = true;
        show(messages.get("enroll.busy"), false);
        tasks.run(() -> enrollment.reenroll("", code), identity -> {
            busy = false;
            needed = false;
            activeElsewhere = false;
            show(messages.get("reenroll.done", identity.deskName()), false);
            syncNow.run();
        }, e -> {
            busy = false;
            show(EnrollmentFailure.describe(e, messages), true);
        });
    }

    private void show(String text, boolean isError) {
        message = text;
        error = isError;
        changed();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
