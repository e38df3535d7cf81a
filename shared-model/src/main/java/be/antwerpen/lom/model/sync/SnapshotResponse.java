package be.antwerpen.lom.model.sync;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.reference.ReferenceData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a desk needs to start from scratch or after a reset.
 *
 * @param cursor        pull from here afterwards
 * @param referenceData locations, schedules, closures, products
 * @param from          first day covered
 * @param to            last day covered (inclusive)
 * @param appointments  the device's location's appointments from {@code from} to {@code to}
 * @param occupancy     seats held at every location in that range, without personal data (offline booking)
 * @param reflectedThroughSequence the highest sequence of this device reflected in the snapshot
 * @param serverTime    the server's clock
 */
public record SnapshotResponse(long cursor, ReferenceData referenceData, LocalDate from, LocalDate to,
                               List<Appointment> appointments, List<OccupiedSeat> occupancy,
                               long reflectedThroughSequence, Instant serverTime) {

    public SnapshotResponse {
        appointments = appointments == null ? List.of() : List.copyOf(appointments);
        occupancy = occupancy == null ? List.of() : List.copyOf(occupancy);
    }
}
