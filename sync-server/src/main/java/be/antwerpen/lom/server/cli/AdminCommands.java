package be.antwerpen.lom.server.cli;

import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.ServerComponents;
import be.antwerpen.lom.server.audit.AuditChainReport;
import be.antwerpen.lom.server.audit.AuditChainVerifier;
import be.antwerpen.lom.server.auth.EnrollmentService;
import be.antwerpen.lom.server.device.Device;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    /**
     * Issues one enrollment code per desk of a CSV list ({@code location,desk}); every row is checked
     * first and the codes are issued in one transaction, so a bad list issues nothing.
     */
    public void issueEnrollmentCodes(Options o) {
        Path list = Path.of(o.require("csv"));
        Duration validity = Duration.ofHours(o.intValue("valid-hours", 72));
        String format = o.get("format", "csv");
        DeskRollout rollout = new DeskRollout(server.reference, server.json);
        try (Reader in = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
            List<EnrollmentService.DeskToEnroll> desks = rollout.read(in);
            DeskRollout.requireFormat(format);
            out.print(rollout.codes(server.enrollment.issueAll(desks, validity, "cli"), format));
        } catch (IOException e) {
            throw new IllegalArgumentException("the desk list " + list + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The devices as a table, or as CSV or JSON ({@code --format}) for other tools. */
    public void listDevices(Options o) {
        String format = o.get("format", "table");
        if (format.equals("table")) {
            listDevices();
            return;
        }
        List<Device> devices = server.db.inTransaction(c -> server.devices.all(c));
        try {
            out.print(new DeskRollout(server.reference, server.json).devices(devices, format));
        } catch (IOException e) {
            throw new IllegalStateException("the device list could not be written", e);
        }
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
