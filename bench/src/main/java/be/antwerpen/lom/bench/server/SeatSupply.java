package be.antwerpen.lom.bench.server;

import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.slot.ProximityQuery;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.slot.SlotEngine;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Bookable seats (one per desk and start) of a location for a 10-minute product, earliest first. */
final class SeatSupply {

    static final String PRODUCT = "EID_ACTIVATE";

    private SeatSupply() {
    }

    static List<LocalDateTime> seats(ReferenceData reference, String locationId, int count) {
        SlotEngine engine = new SlotEngine(reference);
        List<LocalDateTime> out = new ArrayList<>();
        LocalDate from = LocalDate.now().plusDays(2);
        while (out.size() < count) {
            LocalDate to = from.plusDays(60);
            for (Slot slot : engine.proximity(new ProximityQuery(locationId, PRODUCT, from, to), List.of())) {
                for (int desk = 0; desk < slot.capacity() && out.size() < count; desk++) {
                    out.add(slot.start());
                }
            }
            from = to.plusDays(1);
        }
        return out;
    }
}
