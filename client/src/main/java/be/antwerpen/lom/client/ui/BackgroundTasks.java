package be.antwerpen.lom.client.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs slow work (SQLite, HTTP, KDF) off the event thread and hands the result back on the UI
 * executor ({@code SwingUtilities::invokeLater} in the application, the calling thread in tests).
 */
public final class BackgroundTasks {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    private final Executor background;
    private final Executor ui;

    public BackgroundTasks(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        background.execute(() -> {
            try {
                T result = work.call();
                ui.execute(() -> onSuccess.accept(result));
            } catch (Exception e) {
                LOG.debug("background task failed", e);
                ui.execute(() -> onFailure.accept(e));
            }
        });
    }

    public void onUi(Runnable action) {
        ui.execute(action);
    }
}
