package be.antwerpen.lom.model.api;

import be.antwerpen.lom.model.citizen.Citizen;
import java.time.LocalDateTime;

/**
 * Book a slot online through the API (desks book through sync commands instead).
 * {@code registerNumberUnknown}: {@code true} when the citizen has no national register number known;
 * otherwise the citizen must carry one (ADR 0029).
 */
public record BookingRequest(String locationId, String productCode, LocalDateTime start, Citizen citizen,
                             Boolean registerNumberUnknown) {

    /** A booking of a citizen with a register number. */
    public BookingRequest(String locationId, String productCode, LocalDateTime start, Citizen citizen) {
        this(locationId, productCode, start, citizen, null);
    }
}
