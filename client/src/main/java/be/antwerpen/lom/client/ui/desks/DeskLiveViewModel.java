package be.antwerpen.lom.client.ui.desks;

import be.antwerpen.lom.client.drill.DrillApi;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.sync.ServerRefusedException;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.RefusalWording;
import be.antwerpen.lom.model.drill.DeskLiveLine;
import be.antwerpen.lom.model.drill.DrillReport;
import be.antwerpen.lom.model.drill.DrillRequest;
import be.antwerpen.lom.model.drill.DrillView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The supervisor's live view of the desks and their drills (ADR 0110, 0111): loads in the background, keeps
 * the lines and the drills, and says in words what happened. The server decides what the supervisor sees.
 */
public final class DeskLiveViewModel {

    private final DrillApi api;
    private final ServerCalls calls;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final String deviceId;
    private final String locationId;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private List<DeskLiveLine> lines = List.of();
    private List<DrillView> drills = List.of();
    private String message = "";

    public DeskLiveViewModel(DrillApi api, ServerCalls calls, BackgroundTasks tasks, Messages messages, Clock clock,
                             ZoneId zone, String deviceId, String locationId) {
        this.api = api;
        this.calls = calls;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.deviceId = deviceId;
        this.locationId = locationId;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public List<DeskLiveLine> lines() {
        return lines;
    }

    public List<DrillView> drills() {
        return drills;
    }

    public String message() {
        return message;
    }

    public Instant now() {
        return clock.instant();
    }

    public void reload() {
        record Loaded(List<DeskLiveLine> lines, List<DrillView> drills) {
        }
        tasks.run(() -> new Loaded(calls.execute(api.desks(null)), calls.execute(api.drills())), loaded -> {
            lines = loaded.lines();
            drills = loaded.drills();
            message = messages.get("desks.loaded", LocalDateTime.ofInstant(clock.instant(), zone)
                    .format(messages.time()));
            changed();
        }, this::failed);
    }

    /** @param scope DESK (this desk), LOCATION (this desk's location) or ALL */
    public void start(String scope, int startInMinutes, int minutes) {
        Instant start = startInMinutes <= 0 ? null : clock.instant().plusSeconds(60L * startInMinutes);
        DrillRequest request = new DrillRequest(scope, "DESK".equals(scope) ? deviceId : null,
                "LOCATION".equals(scope) ? locationId : null, start, minutes);
        tasks.run(() -> calls.execute(api.start(request)), drill -> {
            message = messages.get("drill.started", time(drill.startsAt()), time(drill.plannedEnd()),
                    drill.desks().size());
            changed();
            reload();
        }, this::failed);
    }

    public void cancel(DrillView drill) {
        tasks.run(() -> calls.execute(api.cancel(drill.id())), cancelled -> {
            message = messages.get("drill.cancelled");
            changed();
            reload();
        }, this::failed);
    }

    public void report(DrillView drill, Consumer<DrillReport> show) {
        tasks.run(() -> calls.execute(api.report(drill.id())), show::accept, this::failed);
    }

    private void failed(Exception e) {
        // the server's refusal in the desk's words, never its English sentence
        message = e instanceof ServerRefusedException refused
                ? messages.get("drill.refused", RefusalWording.of(messages, refused))
                : messages.get("desks.offlineServer");
        changed();
    }

    private String time(Instant at) {
        return LocalDateTime.ofInstant(at, zone).format(messages.time());
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
