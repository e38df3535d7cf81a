package be.antwerpen.lom.client.auth;

import be.antwerpen.lom.model.staff.StaffMember;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Who is logged in at this desk right now. Holds the staff token of an online login; for an
 * offline login there is none until the desk renews it in the background. The password is kept
 * in memory (never on disk) for that renewal and wiped at logout.
 */
public final class DeskSession {

    private StaffMember staff;
    private String token;
    private Instant tokenExpiresAt;
    private char[] password;
    private boolean offline;

    public synchronized void start(StaffMember staff, String token, Instant expiresAt, char[] password,
                                   boolean offline) {
        end();
        this.staff = staff;
        this.token = token;
        this.tokenExpiresAt = expiresAt;
        this.password = password.clone();
        this.offline = offline;
    }

    public synchronized void renewed(String token, Instant expiresAt) {
        this.token = token;
        this.tokenExpiresAt = expiresAt;
        this.offline = false;
    }

    public synchronized void end() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        staff = null;
        token = null;
        tokenExpiresAt = null;
        password = null;
        offline = false;
    }

    public synchronized Optional<StaffMember> staff() {
        return Optional.ofNullable(staff);
    }

    public synchronized Optional<String> token() {
        return Optional.ofNullable(token);
    }

    public synchronized boolean offline() {
        return offline;
    }

    synchronized Optional<char[]> password() {
        return Optional.ofNullable(password).map(char[]::clone);
    }

    public synchronized String actor() {
        return staff == null ? "unknown" : staff.username();
    }

    public synchronized Instant tokenExpiresAt() {
        return tokenExpiresAt;
    }
}
