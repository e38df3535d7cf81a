package be.antwerpen.lom.client.sync;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The sync's helper threads: one daemon thread per purpose, named, and gone after half a minute idle. */
final class SyncThreads {

    private SyncThreads() {
    }

    /** One thread named {@code name} that runs the work given to it in order. */
    static ExecutorService single(String name) {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                work -> {
                    Thread thread = new Thread(work, name);
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
