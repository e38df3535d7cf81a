package be.antwerpen.lom.client.ui.supervisor;

import be.antwerpen.lom.client.ui.RefusalWording;
import be.antwerpen.lom.client.supervisor.ConflictInbox;
import be.antwerpen.lom.client.supervisor.InboxContent;
import be.antwerpen.lom.client.sync.ServerRefusedException;
import be.antwerpen.lom.client.sync.ServerUnreachableException;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictResolution;
import be.antwerpen.lom.model.sync.ConflictView;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The conflict inbox without Swing: open conflicts of the supervisor's locations with counts per
 * class, the decisions allowed per class with their consequences, rebook proposals, settling.
 */
public final class ConflictInboxViewModel {

    private static final int PROPOSALS = 8;

    private final ConflictInbox inbox;
    private final List<String> locationIds;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> resolvedListeners = new CopyOnWriteArrayList<>();
    private InboxContent content = new InboxContent(true, List.of(), 0, Map.of());
    private List<Slot> proposals = List.of();
    private String notice = "";

    /** @param locationIds the supervisor's locations whose conflicts the inbox lists */
    public ConflictInboxViewModel(ConflictInbox inbox, List<String> locationIds, Messages messages,
                                  BackgroundTasks tasks) {
        this.inbox = inbox;
        this.locationIds = List.copyOf(locationIds);
        this.messages = messages;
        this.tasks = tasks;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Called on the UI executor after the server accepted a decision (e.g. to refresh the badge). */
    public void addResolvedListener(Runnable listener) {
        resolvedListeners.add(listener);
    }

    public void reload() {
        reload("");
    }

    private void reload(String onlineNotice) {
        tasks.run(() -> inbox.load(locationIds), loaded -> {
            content = loaded;
            notice = loaded.online() ? onlineNotice : messages.get("inbox.offline");
            changed();
        }, e -> {
            notice = messages.get("inbox.offline");
            changed();
        });
    }

    public boolean online() {
        return content.online();
    }

    public List<ConflictView> conflicts() {
        return content.conflicts();
    }

    /** Open conflicts as the server counted them (not the size of the list, which stops at the server's limit). */
    public int openCount() {
        return content.open();
    }

    /** Open conflicts per class as the server counted them. */
    public Map<ConflictKind, Integer> countsByKind() {
        return content.countsByKind();
    }

    /** The inbox's header: how many are open, and how many of them the list shows when it is cut. */
    public String header() {
        if (!content.cut()) {
            return messages.get("inbox.total", content.open());
        }
        return messages.get(locationIds.size() == 1 ? "inbox.totalCut" : "inbox.totalCutPerLocation",
                content.conflicts().size(), content.open());
    }

    /**
     * Reloads the inbox when the server now counts another number of open conflicts than the inbox last read
     * (the badge's count): both are the server's counts, so a list cut at its limit does not reload forever.
     */
    public void reloadIfTheServerCounts(int open) {
        if (open != content.open()) {
            reload();
        }
    }

    /** An offline notice, the outcome of the last decision, or empty. */
    public String notice() {
        return notice;
    }

    public List<Slot> proposals() {
        return proposals;
    }

    public List<ConflictResolution> choices(ConflictView conflict) {
        return ConflictInbox.allowed(conflict.kind());
    }

    /** What happens when this decision is taken, in words for the supervisor. */
    public String consequence(ConflictView conflict, ConflictResolution resolution) {
        return messages.get("inbox.consequence." + conflict.kind().name() + "." + resolution.name());
    }

    public String kindLabel(ConflictKind kind) {
        return messages.get("inbox.kind." + kind.name());
    }

    public void loadProposals(ConflictView conflict, boolean anywhere) {
        tasks.run(() -> inbox.proposals(conflict, anywhere, PROPOSALS), slots -> {
            proposals = slots;
            notice = slots.isEmpty() ? messages.get("inbox.noProposals") : "";
            changed();
        }, this::failed);
    }

    /** Settles a conflict on the server; the inbox reloads afterwards. */
    public void resolve(ConflictView conflict, ConflictResolution resolution, String remark, Slot rebookInto) {
        LocalDateTime start = rebookInto == null ? null : rebookInto.start();
        String location = rebookInto == null ? null : rebookInto.locationId();
        tasks.run(() -> inbox.resolve(conflict, resolution, remark, start, location), settled -> {
            proposals = List.of();
            reload(messages.get("inbox.resolved"));
            resolvedListeners.forEach(Runnable::run);
        }, this::failed);
    }

    private void failed(Exception e) {
        if (e instanceof ServerUnreachableException) {
            notice = messages.get("inbox.offline");
        } else if (e instanceof ServerRefusedException refused && refused.body() != null) {
            notice = messages.get("inbox.refused", RefusalWording.of(messages, refused));
        } else {
            notice = messages.get("inbox.failed");
        }
        changed();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
