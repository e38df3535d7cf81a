package be.antwerpen.lom.model.api;

import be.antwerpen.lom.model.staff.StaffMember;
import java.time.Instant;

/** A bearer token that expires, and who it is for. */
public record LoginResponse(String token, Instant expiresAt, StaffMember staff) {

    /** Masked: the bearer token is a credential and must never be logged. */
    @Override
    public String toString() {
        return "LoginResponse[token=***, expiresAt=" + expiresAt + ", staff=" + staff + "]";
    }
}
