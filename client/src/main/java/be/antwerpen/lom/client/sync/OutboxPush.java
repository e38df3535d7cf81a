package be.antwerpen.lom.client.sync;

import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.PushableCommand;
import be.antwerpen.lom.client.store.OutboxStatus;
import be.antwerpen.lom.client.store.OutboxStore;
import be.antwerpen.lom.model.sync.CommandReceipt;
import be.antwerpen.lom.model.sync.PushResponse;
import be.antwerpen.lom.model.sync.SequenceRefusal;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The push half of a sync round (docs/sync-protocol.md): the waiting commands go to the server in sequence
 * order, a batch at a time, and each receipt is recorded on its command. While the server works on a batch,
 * this thread reads the next one (issue 16); when the server's answer says to go on right after the batch, the
 * next batch is sent at once and the answer is recorded while the server works on it. Otherwise (a refused
 * sequence, a server that expects another one) the answer is recorded first and the batch is read again from
 * where the server says. One batch is in flight at a time, so the server still sees the commands in order.
 */
final class OutboxPush {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPush.class);
    /** Renumberings in one round before the desk gives up for this round (another copy keeps pushing). */
    static final int MAX_RENUMBERINGS = 3;
    /**
     * Payload characters per batch at most. A character takes at most 6 bytes on the wire (an escape in a payload
     * sent as a text), so a batch's payloads stay under 3 MiB and the whole request, with the commands' envelopes,
     * under the server's 4 MiB body limit (docs/sync-protocol.md), however large the commands are.
     */
    static final int PAYLOAD_CHARS_PER_BATCH = 512 * 1024;

    private final LocalStore store;
    private final ObjectMapper json;
    private final int batchSize;
    private final String instance;
    private final ServerRequests requests;
    private final ClockSkewMeter skew;
    private final SequenceRepair repair;
    private final Clock clock;

    /** @param instance this process's instance id, sent with every sync call (ADR 0043) */
    OutboxPush(LocalStore store, ObjectMapper json, int batchSize, String instance, ServerRequests requests,
               ClockSkewMeter skew, SequenceRepair repair, Clock clock) {
        this.store = store;
        this.json = json;
        this.batchSize = batchSize;
        this.instance = instance;
        this.requests = requests;
        this.skew = skew;
        this.repair = repair;
        this.clock = clock;
    }

    /**
     * Pushes until nothing waits, or the server says to stop (a failure is thrown as the call threw it).
     *
     * @param moreToCome told each time the answer to a batch is recorded while the next batch is on its way (a
     *                   long push: the pull may start alongside it, ADR 0137)
     */
    void push(SyncApi server, SyncProgress progress, Runnable moreToCome) {
        long handled = 0;
        int renumberings = 0;
        List<PushableCommand> first = pendingFrom(1);
        InFlight sending = first.isEmpty() ? null : send(server, first);
        while (sending != null) {
            List<PushableCommand> batch = sending.batch();
            long following = batch.get(batch.size() - 1).sequence() + 1;
            List<PushableCommand> next;
            try {
                next = pendingFrom(following);
            } catch (RuntimeException readFailed) {
                sending.answer().cancel(false);
                throw readFailed;
            }
            ServerRequests.Answer<PushResponse> answered = ServerRequests.await(sending.answer());
            PushResponse response = answered.body();
            skew.measure(sending.sent(), answered.received(), response.serverTime());
            checkAnswers(batch, response);
            long goOn = response.sequenceRefused() == null ? goOnFrom(batch, response) : 0;
            if (response.sequenceRefused() == null && goOn == following && next != null) {
                // the usual case: the next batch goes out first, and this answer is recorded while the server works
                sending = next.isEmpty() ? null : send(server, next);
                handled = settle(response, handled, progress, sending);
                if (sending != null) {
                    moreToCome.run();
                }
                continue;
            }
            handled = settle(response, handled, progress, null);
            long from;
            if (response.sequenceRefused() != null) {
                if (++renumberings > MAX_RENUMBERINGS) {
                    throw new ServerUnreachableException("the server keeps refusing this desk's sequences", null);
                }
                from = repair.renumber(response.sequenceRefused());
                progress.progressed(0, true);
            } else {
                from = goOn;
            }
            List<PushableCommand> again = pendingFrom(from);
            sending = again.isEmpty() ? null : send(server, again);
        }
    }

    /** A batch on its way to the server: when it was sent, and the answer to come. */
    private record InFlight(List<PushableCommand> batch, Instant sent,
                            CompletableFuture<ServerRequests.Answer<PushResponse>> answer) {
    }

    private InFlight send(SyncApi server, List<PushableCommand> batch) {
        ObjectNode request = json.createObjectNode();
        ArrayNode commands = request.putArray("commands");
        batch.forEach(command -> commands.add(command.toWire(json)));
        // the last number handed out and the command under it, so a desk back from an earlier state that reuses the
        // number is seen (ADR 0095, 0162)
        store.database().inTransaction(c -> {
            long handedOut = store.syncState().read(c).lastHandedOut();
            request.put("deskSequence", handedOut);
            store.outbox().commandAt(c, handedOut).ifPresent(id -> request.put("deskSequenceCommand", id.toString()));
            return null;
        });
        Instant sent = clock.instant();
        return new InFlight(batch, sent, requests.send(() -> server.push(instance, request)));
    }

    /**
     * Records the answer's receipts and reports the progress; returns the commands handled so far. Should that
     * fail, the batch already sent after it ({@code following}, or null) is dropped: its commands are still
     * waiting here and go again in the next round, where the server answers from its receipts.
     */
    private long settle(PushResponse response, long handledBefore, SyncProgress progress, InFlight following) {
        try {
            settle(response);
        } catch (RuntimeException | Error settleFailed) {
            if (following != null) {
                following.answer().cancel(false);
            }
            throw settleFailed;
        }
        long handled = handledBefore + response.receipts().size();
        progress.progressed(handled, !response.receipts().isEmpty());
        return handled;
    }

    /** Where to go on after the server's answer to {@code batch}, when it refused no sequence. */
    private static long goOnFrom(List<PushableCommand> batch, PushResponse response) {
        long last = batch.get(batch.size() - 1).sequence();
        if (response.expectedSequence() != null) {
            long expected = response.expectedSequence();
            if (expected < batch.get(0).sequence() && response.receipts().isEmpty()) {
                // Only a server restored from a backup forgets commands it acknowledged: the desk
                // must be enrolled again to resend what it still holds (ADR 0042).
                LOG.warn("server expects sequence {} which this desk no longer holds (restored from a backup?)",
                        expected);
                throw new DeviceUnknownException("the server lost commands of this desk it had acknowledged");
            }
            return expected;
        }
        if (response.receipts().isEmpty()) {
            throw new ServerUnreachableException("the server acknowledged nothing of a batch", null);
        }
        return response.receipts().stream().mapToLong(CommandReceipt::sequence).max().orElse(last) + 1;
    }

    /** Records every receipt on its command, in one transaction. */
    private void settle(PushResponse response) {
        List<OutboxStore.Settlement> settlements = response.receipts().stream()
                .map(r -> new OutboxStore.Settlement(r.commandId(), statusOf(r),
                        // the reason keeps its code and parameters (ADR 0114): the desk words it in its language
                        r.refusal() == null ? null : r.refusal().encode(), r.conflictId()))
                .toList();
        store.database().inTransaction(c -> {
            store.outbox().settleAll(c, settlements);
            return null;
        });
    }

    private List<PushableCommand> pendingFrom(long from) {
        return store.database().inTransaction(c -> store.outbox().pendingForPush(c, from, batchSize,
                PAYLOAD_CHARS_PER_BATCH));
    }

    /**
     * Every receipt (and a refusal) must name a command of the batch under the sequence it was sent with;
     * anything else is a protocol error, never skipped (ADR 0043).
     */
    private static void checkAnswers(List<PushableCommand> batch, PushResponse response) {
        Map<UUID, Long> sent = new HashMap<>();
        batch.forEach(entry -> sent.put(entry.commandId(), entry.sequence()));
        for (CommandReceipt receipt : response.receipts()) {
            if (!Long.valueOf(receipt.sequence()).equals(sent.get(receipt.commandId()))) {
                throw new UnexpectedReceiptException("the server answered for a command this desk did not send"
                        + " (sequence " + receipt.sequence() + ")");
            }
        }
        SequenceRefusal refusal = response.sequenceRefused();
        if (refusal != null && (!Long.valueOf(refusal.sequence()).equals(sent.get(refusal.commandId()))
                || refusal.lastAppliedSequence() < refusal.sequence())) {
            throw new UnexpectedReceiptException("the server refused a sequence this desk did not send as such"
                    + " (sequence " + refusal.sequence() + ")");
        }
    }

    private static OutboxStatus statusOf(CommandReceipt receipt) {
        return switch (receipt.outcome()) {
            case APPLIED, APPLIED_WITH_CHANGES -> OutboxStatus.ACKED;
            case REJECTED -> OutboxStatus.REJECTED;
            case CONFLICT -> OutboxStatus.CONFLICT;
        };
    }
}
