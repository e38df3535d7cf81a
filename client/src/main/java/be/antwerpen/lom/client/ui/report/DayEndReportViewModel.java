package be.antwerpen.lom.client.ui.report;

import be.antwerpen.lom.client.ui.RefusalWording;
import be.antwerpen.lom.client.supervisor.AtomicFileWriter;
import be.antwerpen.lom.client.supervisor.DayEndReports;
import be.antwerpen.lom.client.supervisor.ReportFormat;
import be.antwerpen.lom.client.sync.ServerRefusedException;
import be.antwerpen.lom.client.sync.ServerUnreachableException;
import be.antwerpen.lom.client.sync.SessionExpiredException;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.FailureMessages;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.supervisor.DayInput;
import be.antwerpen.lom.model.report.ReconciliationReport;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The day-end report screen without Swing: which location, day and "not synced since" time, loading
 * the report from the server, and exporting the server's CSV or PDF to a file chosen by the supervisor.
 */
public final class DayEndReportViewModel {

    private final DayEndReports reports;
    private final AtomicFileWriter files;
    private final List<String> locations;
    private final Supplier<LocalDate> today;
    private final ZoneId zone;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final ReasonWording reasons;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private ReconciliationReport report;
    private String notice = "";
    private String dateError = "";
    private String sinceError = "";
    private boolean busy;
    private long requests;
    private Query lastQuery;

    /**
     * @param locations the supervisor's locations, the desk's own first (the default)
     * @param today     today in Brussels
     */
    public DayEndReportViewModel(DayEndReports reports, AtomicFileWriter files, List<String> locations,
                                 Supplier<LocalDate> today, ZoneId zone, Messages messages, BackgroundTasks tasks) {
        this.reports = reports;
        this.files = files;
        this.locations = List.copyOf(locations);
        this.today = today;
        this.zone = zone;
        this.messages = messages;
        this.tasks = tasks;
        this.reasons = new ReasonWording(messages, zone);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public List<String> locations() {
        return locations;
    }

    public String defaultLocation() {
        return locations.isEmpty() ? "" : locations.get(0);
    }

    /** Today, as the date field shows it at first. */
    public String defaultDate() {
        return messages.date().format(today.get());
    }

    /** Loads the report in the background; a date or time that cannot be read gives a field error instead. */
    public void load(String locationId, String dateText, String sinceText) {
        Optional<Query> query = query(locationId, dateText, sinceText);
        if (query.isEmpty()) {
            changed();
            return;
        }
        fetch(query.get(), messages.get("report.loading"), "");
    }

    /** Loads the report of {@code q} in the background; once it is there, {@code doneNotice} shows. */
    private void fetch(Query q, String loadingNotice, String doneNotice) {
        lastQuery = q;
        long request = ++requests;
        working(loadingNotice);
        tasks.run(() -> reports.load(q.locationId(), q.date(), q.since()), loaded -> {
            if (request != requests) {
                return;
            }
            report = loaded;
            done(doneNotice);
        }, e -> {
            if (request != requests) {
                return;
            }
            report = null;
            done(failure(e));
        });
    }

    /** The file name the save dialog proposes, e.g. {@code dagrapport-antwerpen-2026-11-30.pdf}. */
    public String defaultFileName(ReportFormat format, String locationId, String dateText) {
        LocalDate date = DayInput.date(dateText).orElse(today.get());
        return format.fileName(messages.get("report.fileNamePrefix"), locationId, date);
    }

    /** Fetches the server's export in the background and writes it to {@code target} in one piece. */
    public void export(ReportFormat format, String locationId, String dateText, String sinceText, Path target) {
        Optional<Query> query = query(locationId, dateText, sinceText);
        if (query.isEmpty()) {
            changed();
            return;
        }
        Query q = query.get();
        working(messages.get("report.exporting", format.name()));
        tasks.run(() -> {
            files.write(target, reports.export(q.locationId(), q.date(), q.since(), format));
            return target;
        }, saved -> done(messages.get("report.exported", saved.toAbsolutePath().toString())),
                e -> done(failure(e)));
    }

    /**
     * The loaded report's refused commands no supervisor settled yet (ADR 0152): each may be a citizen without a
     * record, and keeps the day from adding up until it is settled.
     */
    public List<ReconciliationReport.RefusedCommand> openRefusals() {
        if (report == null) {
            return List.of();
        }
        return report.refusedCommands().stream().filter(c -> c.settlement() == null).toList();
    }

    /** A refused command in words: the desk, its number there, when it was made, and the server's reason. */
    public String describe(ReconciliationReport.RefusedCommand refused) {
        return messages.get("report.refusal.line", refused.deskName(), String.valueOf(refused.sequence()),
                dateAtTime(refused.madeAt()), RefusalWording.stored(messages, refused.reason(), "refusal.unknown"));
    }

    /** The words of a settlement's outcome, as the supervisor chooses it. */
    public String outcome(ReconciliationReport.RefusalOutcome outcome) {
        return messages.get("report.refusal.outcome." + outcome.name());
    }

    /**
     * Settles {@code refused} of the loaded report's location as {@code outcome} in the background, by the
     * logged-in supervisor, then loads the report again: the day may add up now. A command settled meanwhile by
     * someone else is said so, and the report is loaded again too.
     */
    public void settle(ReconciliationReport.RefusedCommand refused, ReconciliationReport.RefusalOutcome outcome) {
        if (report != null && outcome != null) {
            String locationId = report.locationId();
            settleThen(() -> reports.settle(locationId, refused.commandId(), outcome),
                    settled -> messages.get("report.refusal.settled", describe(settled), outcome(outcome)),
                    "report.refusal.alreadySettled");
        }
    }

    /**
     * Sends a settlement in the background, then loads the report again and says {@code saying} of what was
     * settled; one settled meanwhile by someone else is said so ({@code alreadyKey}), and the report is loaded
     * again too.
     */
    private <T> void settleThen(Callable<T> settlement,
                                Function<T, String> saying, String alreadyKey) {
        Query q = lastQuery;
        if (q == null) {
            return;
        }
        working(messages.get("report.refusal.settling"));
        tasks.run(settlement, settled -> fetch(q, messages.get("report.loading"), saying.apply(settled)),
                e -> {
                    if (e instanceof ServerRefusedException refusal && refusal.status() == 409) {
                        fetch(q, messages.get("report.loading"), messages.get(alreadyKey));
                        return;
                    }
                    done(failure(e));
                });
    }

    /**
     * The loaded report's desk work the server cannot account for, not settled yet (ADR 0162): desks back from an
     * earlier state without commands they had reported, and stopped copies of a desk. Citizens may be missing, and
     * the day does not add up until a supervisor settles each.
     */
    public List<ReconciliationReport.DeskRewind> openRewinds() {
        if (report == null) {
            return List.of();
        }
        return report.deskRewinds().stream().filter(w -> w.settlement() == null).toList();
    }

    /**
     * A desk's unaccounted work in words: the desk, how many commands and when it reported them; or, for a stopped
     * copy, when it was stopped.
     */
    public String describe(ReconciliationReport.DeskRewind rewind) {
        if (ReconciliationReport.DeskRewind.COPY_STOPPED.equals(rewind.kind())) {
            return messages.get("report.rewind.copy", rewind.deskName(), dateAtTime(rewind.detectedAt()));
        }
        return messages.get("report.rewind", rewind.deskName(), String.valueOf(rewind.lost()),
                dateAtTime(rewind.reportedAt()));
    }

    /**
     * Settles {@code rewind} of the loaded report's location as {@code outcome} in the background, by the logged-in
     * supervisor, then loads the report again. One settled meanwhile by someone else is said so, and the report is
     * loaded again too.
     */
    public void settle(ReconciliationReport.DeskRewind rewind, ReconciliationReport.RefusalOutcome outcome) {
        if (report != null && outcome != null) {
            String locationId = report.locationId();
            settleThen(() -> reports.settleRewind(locationId, rewind.id(), outcome),
                    settled -> messages.get("report.rewind.settled", describe(settled), outcome(outcome)),
                    "report.rewind.alreadySettled");
        }
    }

    /**
     * The loaded report's desks not heard of since its moment that no supervisor confirmed as not used (ADR 0154):
     * what each did since is unknown, and keeps the day from adding up.
     */
    public List<ReconciliationReport.DeskLine> silentDesks() {
        if (report == null || lastQuery == null || lastQuery.since() != null
                || Boolean.FALSE.equals(report.dayOver())) {
            // the server judges a desk against its own moment for the day, and only once the location has closed: a
            // desk silent only against a moment the supervisor typed, or on a day still open, would be refused
            return List.of();
        }
        // a revoked desk too: the server marks it stale only on a day it could still work (ADR 0160)
        return report.desks().stream().filter(d -> d.stale() && d.notUsed() == null).toList();
    }

    /** A silent desk in words: its name and its last contact. */
    public String describeSilent(ReconciliationReport.DeskLine desk) {
        return messages.get("report.silentDesk", desk.deskName(), lastContact(desk));
    }

    /** The question before confirming: the desk, its last contact, the day, and what a wrong "yes" would hide. */
    public String confirmNotUsedQuestion(ReconciliationReport.DeskLine desk) {
        return messages.get("report.confirmNotUsed.question", desk.deskName(), lastContact(desk),
                report == null ? "" : messages.dayWithWeekday().format(report.date()));
    }

    private String lastContact(ReconciliationReport.DeskLine desk) {
        return desk.lastSeenAt() == null ? messages.get("report.desk.never") : dateAtTime(desk.lastSeenAt());
    }

    /** A moment in words, "07/12/2026 om 14:05". */
    private String dateAtTime(Instant moment) {
        java.time.ZonedDateTime at = moment.atZone(zone);
        return messages.get("report.dateAtTime", messages.date().format(at), messages.time().format(at));
    }

    /** Work in the background begins: {@code text} says what it is. */
    private void working(String text) {
        busy = true;
        notice = text;
        changed();
    }

    /** The work in the background is over: {@code text} says how it went. */
    private void done(String text) {
        busy = false;
        notice = text;
        changed();
    }

    /**
     * Confirms in the background, by the logged-in supervisor, that {@code desk} was not used on the loaded report's
     * day after its last contact, then loads the report again. A desk heard of meanwhile, or confirmed by someone
     * else, is said so, and the report is loaded again too.
     */
    public void confirmNotUsed(ReconciliationReport.DeskLine desk) {
        Query q = lastQuery;
        if (report == null || q == null) {
            return;
        }
        String locationId = report.locationId();
        LocalDate day = report.date();
        working(messages.get("report.confirmNotUsed.saving"));
        tasks.run(() -> reports.confirmNotUsed(locationId, desk.deviceId(), day),
                confirmed -> fetch(q, messages.get("report.loading"),
                        messages.get("report.confirmNotUsed.done", desk.deskName())),
                e -> {
                    String code = e instanceof ServerRefusedException refusal && refusal.status() == 409
                            && refusal.body() != null ? refusal.body().code() : null;
                    if ("day_still_open".equals(code)) {
                        done(messages.get("report.confirmNotUsed.dayOpen"));
                        return;
                    }
                    if (code != null) {
                        fetch(q, messages.get("report.loading"), messages.get("desk_heard".equals(code)
                                ? "report.confirmNotUsed.heard" : "report.confirmNotUsed.already", desk.deskName()));
                        return;
                    }
                    done(failure(e));
                });
    }

    /** The last report loaded, or empty (nothing loaded yet, or the last load failed). */
    public Optional<ReconciliationReport> report() {
        return Optional.ofNullable(report);
    }

    /** Loading, offline, refusal, export outcome, or empty. */
    public String notice() {
        return notice;
    }

    public String dateError() {
        return dateError;
    }

    public String sinceError() {
        return sinceError;
    }

    public boolean busy() {
        return busy;
    }

    /** "Booked 12 = served 5 + ...". */
    public String totals() {
        if (report == null) {
            return "";
        }
        ReconciliationReport.Totals t = report.totals();
        return t.disputed() > 0
                ? messages.get("report.totalsDisputed", t.booked(), t.served(), t.noShow(), t.cancelled(),
                        t.stillOpen(), t.disputed())
                : messages.get("report.totals", t.booked(), t.served(), t.noShow(), t.cancelled(), t.stillOpen());
    }

    /** Whether the day adds up, in one sentence; when it does not, {@link #reasons()} says why. */
    public String statement() {
        if (report == null) {
            return "";
        }
        ReconciliationReport.Totals t = report.totals();
        if (addsUp()) {
            return messages.get("report.addsUp");
        }
        return t.reasons().isEmpty() ? messages.get("report.doesNotAddUp", t.difference())
                : messages.get("report.doesNotAddUpBecause");
    }

    /** Every reason why the day does not add up, in plain words (ADR 0095); empty when it adds up. */
    public List<String> reasons() {
        if (report == null) {
            return List.of();
        }
        return report.totals().reasons().stream().map(reasons::reason).toList();
    }

    public boolean addsUp() {
        return report != null && report.totals().addsUp() && report.totals().difference() == 0
                && report.totals().reasons().isEmpty();
    }

    private Optional<Query> query(String locationId, String dateText, String sinceText) {
        Optional<LocalDate> date = DayInput.date(dateText);
        dateError = date.isPresent() ? "" : messages.get("report.error.date");
        Instant since = null;
        sinceError = "";
        if (sinceText != null && !sinceText.isBlank()) {
            Optional<LocalTime> time = DayInput.time(sinceText);
            if (time.isEmpty()) {
                sinceError = messages.get("report.error.since");
            } else if (date.isPresent()) {
                since = date.get().atTime(time.get()).atZone(zone).toInstant();
            }
        }
        if (date.isEmpty() || !sinceError.isEmpty() || locationId == null || locationId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Query(locationId, date.get(), since));
    }

    private String failure(Exception e) {
        if (e instanceof ServerUnreachableException) {
            return messages.get("report.offline");
        }
        if (e instanceof SessionExpiredException) {
            return messages.get("report.expired");
        }
        if (e instanceof ServerRefusedException refused && refused.body() != null) {
            return messages.get("report.refused", RefusalWording.of(messages, refused));
        }
        return new FailureMessages(messages).describe(e, "report.failed");
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    private record Query(String locationId, LocalDate date, Instant since) {
    }
}
