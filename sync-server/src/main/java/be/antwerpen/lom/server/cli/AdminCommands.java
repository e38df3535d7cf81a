package be.antwerpen.lom.server.cli;

import be.antwerpen.lom.model.lease.SeatDayCapacity;
import be.antwerpen.lom.model.lease.SeatLeasePolicy;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.ServerComponents;
import be.antwerpen.lom.server.audit.AuditChainReport;
import be.antwerpen.lom.server.audit.AuditChainVerifier;
import be.antwerpen.lom.server.device.Device;
import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The administrator's command-line actions; output goes to the console. */
public final class AdminCommands {

    private final ServerComponents server;
    private final PrintStream out;

    public AdminCommands(ServerComponents server, PrintStream out) {
        this.server = server;
        this.out = out;
    }

    public void createStaff(Options o) {
        String username = o.require("username");
        StaffRole role = StaffRole.valueOf(o.get("role", "AGENT").toUpperCase(Locale.ROOT));
        Set<String> locations = Arrays.stream(o.get("locations", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        for (String location : locations) {
            if (server.reference.location(location).isEmpty()) {
                throw new IllegalArgumentException("unknown location " + location);
            }
        }
        server.staffAdministration.create(username, o.get("display-name", username), role, locations,
                password(o), true, "cli");
        out.println("Created " + role + " " + username + " for " + (locations.isEmpty() ? "all locations" : locations));
    }

    public void resetPassword(Options o) {
        String username = o.require("username");
        server.staffAdministration.resetPassword(username, password(o), "cli");
        out.println("Password of " + username + " reset; existing logins ended.");
    }

    public void issueEnrollmentCode(Options o) {
        String location = o.require("location");
        if (server.reference.location(location).isEmpty()) {
            throw new IllegalArgumentException("unknown location " + location);
        }
        String desk = o.require("desk");
        Duration validity = Duration.ofHours(o.intValue("valid-hours", 24));
        String code = server.enrollment.issue(o.get("code", null), location, desk, validity, "cli");
        out.println("Enrollment code for " + location + " / " + desk + " (one use, valid " + validity.toHours()
                + " h): " + code);
    }

    public void listDevices() {
        List<Device> devices = server.db.inTransaction(c -> server.devices.all(c));
        out.printf("%-38s %-12s %-14s %-16s %-8s %s%n", "DEVICE", "LOCATION", "DESK", "NAME", "LAST SEQ", "STATUS");
        for (Device d : devices) {
            out.printf("%-38s %-12s %-14s %-16s %-8d %s%n", d.id(), d.locationId(), d.deskName(), d.deviceName(),
                    d.lastSequence(), d.revoked() ? "revoked" : "active");
        }
    }

    public void revokeDevice(Options o) {
        String id = o.require("device");
        boolean done = server.db.inTransaction(c -> server.devices.revoke(c, id));
        out.println(done ? "Device " + id + " revoked: its sync calls are refused from now on."
                : "No device " + id);
    }

    /**
     * Sets a location's seat lease policy (ADR 0030); options not given keep their current value, so
     * {@code --own-seats 0 --other-seats 0} stops leasing at the location.
     */
    public void setSeatLeasePolicy(Options o) {
        String location = o.require("location");
        SeatLeasePolicy now = server.seatLeases.policy(location);
        SeatLeasePolicy next = new SeatLeasePolicy(location, o.intValue("days-ahead", now.daysAhead()),
                o.intValue("own-seats", now.ownSeatsPerDesk()), o.intValue("other-seats", now.otherSeatsPerDesk()),
                o.intValue("max-share-percent", now.maxSharePercent()),
                o.intValue("lease-minutes", now.leaseMinutes()),
                o.intValue("return-minutes-before", now.returnMinutesBefore()),
                o.intValue("silence-hours", now.silenceHours()));
        server.seatLeases.setPolicy(next, "cli");
        out.println("Seat lease policy of " + location + ": " + describe(next));
    }

    /** Prints per day at a location: seats the schedule offers, booked, leased to desks, free. */
    public void seatCapacity(Options o) {
        String location = o.require("location");
        LocalDate from = LocalDate.parse(o.get("from", LocalDate.now().toString()));
        LocalDate to = LocalDate.parse(o.get("to", from.plusDays(6).toString()));
        out.println("Seat lease policy: " + describe(server.seatLeases.policy(location)));
        out.printf("%-12s %9s %7s %7s %7s%n", "DAY", "CAPACITY", "BOOKED", "LEASED", "FREE");
        for (SeatDayCapacity day : server.seatLeases.capacity(location, from, to)) {
            out.printf("%-12s %9d %7d %7d %7d%n", day.day(), day.capacity(), day.booked(), day.leased(), day.free());
        }
    }

    private static String describe(SeatLeasePolicy p) {
        return "today + " + p.daysAhead() + " days, " + p.ownSeatsPerDesk() + " seats a day per own desk, "
                + p.otherSeatsPerDesk() + " per desk of another location, at most " + p.maxSharePercent()
                + "% of a day, " + p.leaseMinutes() + "-minute leases, returned " + p.returnMinutesBefore()
                + " min before, lost after " + p.silenceHours() + " h of silence";
    }

    /** Checks the audit hash chain (ADR 0090); false (and the first broken line printed) when it is broken. */
    public boolean verifyAudit() {
        AuditChainReport r = server.db.inSnapshot(c -> new AuditChainVerifier().verify(c));
        if (r.intact()) {
            out.println("Audit chain intact: " + r.checked() + " lines checked"
                    + (r.unchained() > 0 ? ", " + r.unchained() + " older lines without a chain" : "")
                    + "; head " + r.headSeq() + " " + r.headHash());
        } else {
            out.println("AUDIT CHAIN BROKEN at line " + r.brokenSeq()
                    + (r.brokenId() == null ? "" : " (entry " + r.brokenId() + ")") + ": " + r.problem()
                    + "; " + r.checked() + " lines before it are intact");
        }
        return r.intact();
    }

    private String password(Options o) {
        String fromEnv = o.get("new-password", null);
        if (fromEnv != null) {
            return fromEnv;
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("no console to ask the password on: set LOM_NEW_PASSWORD");
        }
        char[] first = console.readPassword("New password: ");
        char[] second = console.readPassword("Repeat: ");
        if (first == null || !Arrays.equals(first, second)) {
            throw new IllegalArgumentException("the passwords differ");
        }
        return new String(first);
    }
}
