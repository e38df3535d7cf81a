package be.antwerpen.lom.server.report;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.report.ReconciliationReport.RefusalOutcome;
import be.antwerpen.lom.model.report.ReconciliationReport.RefusalSettlement;
import be.antwerpen.lom.model.report.ReconciliationReport.RefusedCommand;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.server.audit.AuditRepository;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.refusal.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A supervisor settles a refused command (ADR 0152): says how its citizen was accounted for, so the day it belongs
 * to can add up again. The refusal itself stays, with who settled it, when and how; the first settlement stands.
 */
public final class RefusalSettlements {

    private final Database db;
    private final ReconciliationRepository sources = new ReconciliationRepository();
    private final AuditRepository audit;
    private final TimeOrderedUuid ids;
    private final Clock clock;

    public RefusalSettlements(Database db, AuditRepository audit, TimeOrderedUuid ids, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Settles the refused command {@code commandId} of a desk of {@code locationId} as {@code outcome}, by
     * {@code supervisor} (the caller checked their right at the location).
     *
     * @return the refused command with its settlement
     */
    public RefusedCommand settle(StaffMember supervisor, String locationId, String commandId, RefusalOutcome outcome) {
        if (outcome == null) {
            throw Refusal.invalid("outcome", "outcome is ENTERED_AGAIN, CITIZEN_CONTACTED or NOTHING_LOST");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        RefusalSettlement settlement = new RefusalSettlement(outcome, supervisor.username(), supervisor.displayName(),
                now);
        return db.inTransaction(c -> {
            RefusedCommand refused = sources.refusal(c, locationId, commandId)
                    .orElseThrow(() -> Refusal.notFound("the refused command"));
            if (!sources.settle(c, commandId, settlement)) {
                throw Refusal.conflict("refusal_already_settled", "this refused command was already settled");
            }
            audit.append(c, new AuditEntry(ids.next().toString(), now, supervisor.username(), null,
                    "SettleRefusal", "COMMAND", commandId, locationId, "outcome=" + outcome.name() + " desk="
                    + refused.deviceId() + " sequence=" + refused.sequence()));
            return new RefusedCommand(refused.commandId(), refused.deviceId(), refused.deskName(), refused.sequence(),
                    refused.madeAt(), refused.reason(), settlement);
        });
    }
}
