package be.antwerpen.lom.model.api;

import be.antwerpen.lom.model.citizen.Citizen;
import java.time.LocalDateTime;

/** Book a slot online through the API (desks book through sync commands instead). */
public record BookingRequest(String locationId, String productCode, LocalDateTime start, Citizen citizen) {
}
