package be.antwerpen.lom.server.cli;

import be.antwerpen.lom.model.drill.DrillRequest;
import be.antwerpen.lom.model.drill.DrillView;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.drill.DrillService;
import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * {@code drill start|cancel|list} on the server's command line (ADR 0110): the operator acts as the
 * administrator {@code cli}, as for the other administrative commands; the audit trail says so.
 */
public final class DrillCommands {

    static final StaffMember OPERATOR = new StaffMember("cli", "Command line", StaffRole.ADMIN, Set.of());

    private final DrillService drills;
    private final PrintStream out;

    public DrillCommands(DrillService drills, PrintStream out) {
        this.drills = drills;
        this.out = out;
    }

    public void run(String action, Options o) {
        switch (action) {
            case "start" -> start(o);
            case "cancel" -> cancel(o);
            case "list" -> list();
            default -> throw new IllegalArgumentException("drill start|cancel|list");
        }
    }

    private void start(Options o) {
        String scope = o.get("scope", o.get("desk", null) != null ? "DESK"
                : o.get("location", null) != null ? "LOCATION" : "ALL").toUpperCase(Locale.ROOT);
        Instant startsAt;
        try {
            startsAt = o.get("starts-at", null) == null ? null : Instant.parse(o.get("starts-at", null));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--starts-at is an instant such as 2027-03-01T09:00:00Z");
        }
        DrillView drill = drills.start(OPERATOR, new DrillRequest(scope, o.get("desk", null), o.get("location", null),
                startsAt, o.intValue("minutes", 30)));
        out.println("Drill " + drill.id() + " planned: " + describe(drill));
    }

    private void cancel(Options o) {
        DrillView drill = drills.cancel(OPERATOR, o.require("drill"));
        out.println("Drill " + drill.id() + " cancelled: desks in it reconnect at their next drill check");
    }

    private void list() {
        var all = drills.list(OPERATOR);
        if (all.isEmpty()) {
            out.println("No drills");
        }
        all.forEach(d -> out.println(d.id() + "  " + describe(d)));
    }

    private static String describe(DrillView d) {
        return d.state() + " " + d.scope() + " " + d.target() + " from " + d.startsAt() + " to " + d.plannedEnd()
                + ", " + d.desks().size() + " desk(s), by " + d.createdBy();
    }
}
