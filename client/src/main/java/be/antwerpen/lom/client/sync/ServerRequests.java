package be.antwerpen.lom.client.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Sends the sync's requests on a thread of their own ("sync-http"), so the sync thread can prepare the next
 * step while the server works (issue 16): the next push batch is read, the next pull page asked for. Failures
 * come back as the call itself threw them.
 */
final class ServerRequests {

    /** A server's answer and when it arrived (for the clock skew, as the thread that waits may be busy). */
    record Answer<T>(T body, Instant received) {
    }

    private final ServerCalls calls;
    private final Clock clock;
    private final ExecutorService http;

    ServerRequests(ServerCalls calls, Clock clock) {
        this(calls, clock, "sync-http");
    }

    /** @param threadName the name of the sending thread */
    ServerRequests(ServerCalls calls, Clock clock, String threadName) {
        this.calls = calls;
        this.clock = clock;
        this.http = SyncThreads.single(threadName);
    }

    /** Sends {@code request} on the sending thread; the answer can be waited for with {@link #await}. */
    <T> CompletableFuture<Answer<T>> send(Supplier<retrofit2.Call<T>> request) {
        return CompletableFuture.supplyAsync(() -> new Answer<>(calls.execute(request.get()), clock.instant()), http);
    }

    /** Sends {@code request} and waits for its answer on this thread. */
    <T> T execute(retrofit2.Call<T> request) {
        return calls.execute(request);
    }

    /** Waits for an answer; a failure is thrown as the call itself threw it. */
    static <T> T await(CompletableFuture<T> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } catch (CancellationException e) {
            throw new ServerUnreachableException("the request was cancelled", e);
        }
    }
}
