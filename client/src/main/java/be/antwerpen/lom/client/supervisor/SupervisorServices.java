package be.antwerpen.lom.client.supervisor;

/**
 * What a supervisor's desk does against one server: the conflict inbox, the open-conflict badge, the
 * day-end report and the audit trail.
 */
public record SupervisorServices(ConflictInbox inbox, OpenConflicts openConflicts, DayEndReports reports,
                                 AuditTrail audit) {
}
