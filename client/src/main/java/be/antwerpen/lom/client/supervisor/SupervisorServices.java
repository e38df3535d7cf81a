package be.antwerpen.lom.client.supervisor;

/**
 * What a supervisor's desk does against one server: the conflict inbox, the open-conflict badge, the
 * day-end report, the audit trail and the seat capacity per day.
 */
public record SupervisorServices(ConflictInbox inbox, OpenConflicts openConflicts, DayEndReports reports,
                                 AuditTrail audit, SeatCapacities capacities) {
}
