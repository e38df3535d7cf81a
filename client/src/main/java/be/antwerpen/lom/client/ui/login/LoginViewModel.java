package be.antwerpen.lom.client.ui.login;

import be.antwerpen.lom.client.auth.LoginOutcome;
import be.antwerpen.lom.client.auth.StaffLogin;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.FailureMessages;
import be.antwerpen.lom.client.ui.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** The login screen without Swing: logs in off the event thread and explains refusals in a sentence. */
public final class LoginViewModel {

    private final StaffLogin login;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final BooleanSupplier demoServer;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private String message = "";
    private boolean busy;
    private String demoHint = "";

    public LoginViewModel(StaffLogin login, BackgroundTasks tasks, Messages messages, BooleanSupplier demoServer) {
        this.login = login;
        this.tasks = tasks;
        this.messages = messages;
        this.demoServer = demoServer;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Asks the server (in the background) whether it runs in demo mode, to list the demo accounts. */
    public void probeDemo(String locationId) {
        tasks.run(demoServer::getAsBoolean, demo -> {
            demoHint = demo ? messages.get("login.demo", locationId) : "";
            changed();
        }, e -> { });
    }

    public void login(String username, char[] password, Consumer<LoginOutcome> onSuccess) {
        busy = true;
        message = messages.get("login.busy");
        changed();
        char[] copy = password.clone();
        Arrays.fill(password, '\0');
        tasks.run(() -> {
            try {
                return login.login(username, copy);
            } finally {
                Arrays.fill(copy, '\0');
            }
        }, outcome -> {
            busy = false;
            message = outcome.offline() ? messages.get("login.offline") : "";
            changed();
            onSuccess.accept(outcome);
        }, e -> {
            busy = false;
            message = new FailureMessages(messages).describe(e, "error.unexpected");
            changed();
        });
    }

    public String message() {
        return message;
    }

    public boolean busy() {
        return busy;
    }

    public String demoHint() {
        return demoHint;
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
