package be.antwerpen.lom.client.ui.status;

import be.antwerpen.lom.client.sync.SyncPhase;
import be.antwerpen.lom.client.sync.SyncStatus;
import be.antwerpen.lom.client.ui.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Turns the sync status into status bar texts; pure, so it is tested without a display. */
public final class StatusBarPresenter {

    /** Older than this, the local copy is stale and the status bar says so loudly. */
    public static final Duration STALE_AFTER = Duration.ofHours(2);
    private static final long SKEW_WARNING_MS = 60_000;

    private final Messages messages;
    private final ZoneId zone;

    public StatusBarPresenter(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    public StatusBarText present(SyncStatus status, Instant now) {
        String connection = switch (status.phase()) {
            case NOT_ENROLLED -> messages.get("statusbar.notEnrolled");
            case LOGIN_EXPIRED -> messages.get("statusbar.loginExpired");
            case WAITING_FOR_LOGIN -> messages.get("statusbar.waitingForLogin");
            case DEVICE_UNKNOWN -> messages.get("statusbar.deviceUnknown");
            case OFFLINE -> status.offlineSince() == null ? messages.get("statusbar.offline")
                    : messages.get("statusbar.offlineSince", messages.time().format(status.offlineSince().atZone(zone)));
            case SYNCING -> status.offlineSince() != null
                    ? messages.get("statusbar.offlineSince", messages.time().format(status.offlineSince().atZone(zone)))
                    : (status.progress() > 0 ? messages.get("statusbar.syncing", status.progress())
                    : messages.get("statusbar.online"));
            case ONLINE -> messages.get("statusbar.online");
            case FAILED -> messages.get("statusbar.failed");
            case ACTIVE_ELSEWHERE -> messages.get("statusbar.activeElsewhere");
        };
        String waiting = messages.get("statusbar.waiting", status.waiting());
        String lastSync;
        String age;
        boolean stale;
        if (status.lastSyncAt() == null) {
            lastSync = messages.get("statusbar.neverSynced");
            age = "";
            stale = status.phase() != SyncPhase.NOT_ENROLLED;
        } else {
            lastSync = messages.get("statusbar.lastSync", messages.time().format(status.lastSyncAt().atZone(zone)));
            Duration old = Duration.between(status.lastSyncAt(), now);
            stale = old.compareTo(STALE_AFTER) > 0;
            age = messages.get(stale ? "statusbar.stale" : "statusbar.age", describe(old));
        }
        String skew = status.clockSkewMs() != null && Math.abs(status.clockSkewMs()) > SKEW_WARNING_MS
                ? messages.get("statusbar.skew", status.clockSkewMs() / 1000) : "";
        return new StatusBarText(connection, status.online(), waiting, lastSync, age, stale, skew,
                renumberedToday(status, now) ? messages.get(status.renumbering().commands() > 0
                                ? "statusbar.renumbered" : "statusbar.continuedAfterServer",
                        messages.time().format(status.renumbering().at().atZone(zone)),
                        status.renumbering().commands()) : "");
    }

    /** A renumbering (ADR 0043) stays in the status bar for the rest of the day it happened. */
    private boolean renumberedToday(SyncStatus status, Instant now) {
        return status.renumbering() != null
                && status.renumbering().at().atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
    }

    /** The downtime pack's age for the status bar, or that there is none yet. */
    public String packAge(Optional<Duration> age) {
        return age.map(a -> messages.get("pack.age", describe(a))).orElse(messages.get("pack.none"));
    }

    private String describe(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 60) {
            return messages.get("age.minutes", minutes);
        }
        return messages.get("age.hours", minutes / 60, minutes % 60);
    }
}
