package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.model.staff.StaffMember;

/** A staff member with the stored password hash (never sent anywhere). */
public record StaffAccount(StaffMember member, String passwordHash, boolean active) {
}
