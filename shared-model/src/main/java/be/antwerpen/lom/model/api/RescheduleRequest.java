package be.antwerpen.lom.model.api;

import java.time.LocalDateTime;

/** Move an appointment to another start, optionally at another location ({@code null}: same place). */
public record RescheduleRequest(String locationId, LocalDateTime start) {
}
