package be.antwerpen.lom.model.drill;

import java.time.Instant;
import java.util.List;

/** The server's answer to a desk's status report: its time and the drills planned for the desk (ADR 0110). */
public record DeskStatusAnswer(Instant serverTime, List<DrillSchedule> drills) {

    public DeskStatusAnswer {
        drills = drills == null ? List.of() : List.copyOf(drills);
    }
}
