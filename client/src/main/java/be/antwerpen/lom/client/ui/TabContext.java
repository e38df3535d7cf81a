package be.antwerpen.lom.client.ui;

import be.antwerpen.lom.client.auth.Workplace;
import java.time.ZoneId;

/**
 * What a {@link DeskTab} is built for: the texts of the chosen language, the background runner, the
 * desk's time zone and who works at which desk.
 */
public record TabContext(Messages messages, BackgroundTasks tasks, ZoneId zone, Workplace workplace) {
}
