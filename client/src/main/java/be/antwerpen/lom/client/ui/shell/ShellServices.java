package be.antwerpen.lom.client.ui.shell;

import be.antwerpen.lom.client.auth.DeskEnrollment;
import be.antwerpen.lom.client.auth.DeskSession;
import be.antwerpen.lom.client.auth.IdleLock;
import be.antwerpen.lom.client.auth.StaffLogin;
import be.antwerpen.lom.client.sync.SyncEngine;
import be.antwerpen.lom.client.ui.drill.AlarmBannerUpdates;
import be.antwerpen.lom.client.ui.status.StatusBarUpdates;

/**
 * What the window itself uses, besides the screens: the enrollment (which desk this is), the login and the
 * session (who works here), the idle lock, the sync it starts, its status bars, and the downtime pack
 * schedule it starts after the first login (the data key is released then), and the alarm banner above the
 * status bar (ADR 0112).
 */
public record ShellServices(DeskEnrollment enrollment, StaffLogin login, DeskSession session, IdleLock idleLock,
                            SyncEngine sync, StatusBarUpdates statusBars, Runnable startPackSchedule,
                            AlarmBannerUpdates alarms) {
}
