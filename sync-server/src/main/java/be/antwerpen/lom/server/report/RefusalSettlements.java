package be.antwerpen.lom.server.report;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.report.ReconciliationReport.DeskRewind;
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
 * A supervisor settles a refused command (ADR 0152), or the commands a desk lost when it came back from an earlier
 * state (ADR 0162): says how their citizens were accounted for, so the day they belong to can add up again. The
 * refusal or the loss itself stays, with who settled it, when and how; the first settlement stands.
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
        RefusalSettlement settlement = settlement(supervisor, outcome);
        Instant now = settlement.settledAt();
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

    /**
     * Settles the loss {@code rewindId} of a desk of {@code locationId} as {@code outcome}, by {@code supervisor}
     * (the caller checked their right at the location).
     *
     * @return the loss with its settlement
     */
    public DeskRewind settleRewind(StaffMember supervisor, String locationId, String rewindId, RefusalOutcome outcome) {
        RefusalSettlement settlement = settlement(supervisor, outcome);
        return db.inTransaction(c -> {
            DeskRewind rewind = sources.rewind(c, locationId, rewindId)
                    .orElseThrow(() -> Refusal.notFound("the desk's lost commands"));
            if (!sources.settleRewind(c, rewind, settlement)) {
                throw Refusal.conflict("rewind_already_settled", "these lost commands were already settled");
            }
            audit.append(c, new AuditEntry(ids.next().toString(), settlement.settledAt(), supervisor.username(), null,
                    "SettleDeskRewind", "DEVICE", rewind.deviceId(), locationId, "kind=" + rewind.kind() + " outcome="
                    + outcome.name() + " reportedBefore=" + rewind.reportedBefore() + " received=" + rewind.received()));
            return new DeskRewind(rewind.id(), rewind.kind(), rewind.deviceId(), rewind.deskName(),
                    rewind.reportedBefore(), rewind.received(), rewind.reportedAt(), rewind.detectedAt(), settlement);
        });
    }

    private RefusalSettlement settlement(StaffMember supervisor, RefusalOutcome outcome) {
        if (outcome == null) {
            throw Refusal.invalid("outcome", "outcome is ENTERED_AGAIN, CITIZEN_CONTACTED or NOTHING_LOST");
        }
        return new RefusalSettlement(outcome, supervisor.username(), supervisor.displayName(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }
}
