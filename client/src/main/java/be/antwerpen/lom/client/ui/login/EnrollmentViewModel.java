package be.antwerpen.lom.client.ui.login;

import be.antwerpen.lom.client.auth.DeskEnrollment;
import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The enrollment screen without Swing. */
public final class EnrollmentViewModel {

    private final DeskEnrollment enrollment;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final String deviceName;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private String message = "";

    public EnrollmentViewModel(DeskEnrollment enrollment, BackgroundTasks tasks, Messages messages, String deviceName) {
        this.enrollment = enrollment;
        this.tasks = tasks;
        this.messages = messages;
        this.deviceName = deviceName;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void enroll(String serverUrl, String code, Consumer<DeviceIdentity> onSuccess) {
        message = messages.get("enroll.busy");
        changed();
        tasks.run(() -> enrollment.enroll(serverUrl, code, deviceName), identity -> {
            message = "";
            changed();
            onSuccess.accept(identity);
        }, e -> {
            message = EnrollmentFailure.describe(e, messages);
            changed();
        });
    }

    public String message() {
        return message;
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
