package be.antwerpen.lom.client.auth;

import be.antwerpen.lom.model.staff.StaffMember;

/** A successful login: who, and whether it was checked offline (no server token yet). */
public record LoginOutcome(StaffMember staff, boolean offline) {
}
