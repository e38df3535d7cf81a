package be.antwerpen.lom.server.cli;

import be.antwerpen.lom.model.lease.SeatDayCapacity;
import be.antwerpen.lom.model.lease.SeatLeasePolicy;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.model.sync.AuditHeadSignatures;
import be.antwerpen.lom.model.sync.SignedAuditHead;
import be.antwerpen.lom.server.audit.AuditAnchorExport;
import be.antwerpen.lom.server.audit.AuditAnchorFiles;
import be.antwerpen.lom.server.audit.AuditAnchors;
import be.antwerpen.lom.server.audit.AuditChainReport;
import be.antwerpen.lom.server.audit.AuditChainVerifier;
import be.antwerpen.lom.server.audit.AuditSigningKey;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
            if (server.reference().location(location).isEmpty()) {
                throw new IllegalArgumentException("unknown location " + location);
            }
        }
        server.staffAdministration().create(username, o.get("display-name", username), role, locations,
                password(o), true, "cli");
        out.println("Created " + role + " " + username + " for " + (locations.isEmpty() ? "all locations" : locations));
    }

    public void resetPassword(Options o) {
        String username = o.require("username");
        server.staffAdministration().resetPassword(username, password(o), "cli");
        out.println("Password of " + username + " reset; existing logins ended.");
    }

    public void issueEnrollmentCode(Options o) {
        String location = o.require("location");
        if (server.reference().location(location).isEmpty()) {
            throw new IllegalArgumentException("unknown location " + location);
        }
        String desk = o.require("desk");
        Duration validity = Duration.ofHours(o.intValue("valid-hours", 24));
        String code = server.enrollment().issue(o.get("code", null), location, desk, validity, "cli");
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
        DeskRollout rollout = new DeskRollout(server.reference(), server.json());
        try (Reader in = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
            List<EnrollmentService.DeskToEnroll> desks = rollout.read(in);
            DeskRollout.requireFormat(format);
            out.print(rollout.codes(server.enrollment().issueAll(desks, validity, "cli"), format));
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
        List<Device> devices = server.db().inTransaction(c -> server.devices().all(c));
        try {
            out.print(new DeskRollout(server.reference(), server.json()).devices(devices, format));
        } catch (IOException e) {
            throw new IllegalStateException("the device list could not be written", e);
        }
    }

    public void listDevices() {
        List<Device> devices = server.db().inTransaction(c -> server.devices().all(c));
        out.printf("%-38s %-12s %-14s %-16s %-8s %s%n", "DEVICE", "LOCATION", "DESK", "NAME", "LAST SEQ", "STATUS");
        for (Device d : devices) {
            out.printf("%-38s %-12s %-14s %-16s %-8d %s%n", d.id(), d.locationId(), d.deskName(), d.deviceName(),
                    d.lastSequence(), d.revoked() ? "revoked" : "active");
        }
    }

    public void revokeDevice(Options o) {
        String id = o.require("device");
        boolean done = server.enrollment().revoke(id, "cli");
        out.println(done ? "Device " + id + " revoked: its sync calls are refused and the logins made at it ended."
                : "No device " + id);
    }

    /**
     * Sets a location's seat lease policy (ADR 0030); options not given keep their current value, so
     * {@code --own-seats 0 --other-seats 0} stops leasing at the location.
     */
    public void setSeatLeasePolicy(Options o) {
        String location = o.require("location");
        SeatLeasePolicy now = server.seatLeases().policy(location);
        SeatLeasePolicy next = new SeatLeasePolicy(location, o.intValue("days-ahead", now.daysAhead()),
                o.intValue("own-seats", now.ownSeatsPerDesk()), o.intValue("other-seats", now.otherSeatsPerDesk()),
                o.intValue("max-share-percent", now.maxSharePercent()),
                o.intValue("lease-minutes", now.leaseMinutes()),
                o.intValue("return-minutes-before", now.returnMinutesBefore()),
                o.intValue("silence-hours", now.silenceHours()));
        server.seatLeases().setPolicy(next, "cli");
        out.println("Seat lease policy of " + location + ": " + describe(next));
    }

    /** Prints per day at a location: seats the schedule offers, booked, leased to desks, free. */
    public void seatCapacity(Options o) {
        String location = o.require("location");
        LocalDate from = LocalDate.parse(o.get("from", LocalDate.now().toString()));
        LocalDate to = LocalDate.parse(o.get("to", from.plusDays(6).toString()));
        out.println("Seat lease policy: " + describe(server.seatLeases().policy(location)));
        out.printf("%-12s %9s %7s %7s %7s%n", "DAY", "CAPACITY", "BOOKED", "LEASED", "FREE");
        for (SeatDayCapacity day : server.seatLeases().capacity(location, from, to)) {
            out.printf("%-12s %9d %7d %7d %7d%n", day.day(), day.capacity(), day.booked(), day.leased(), day.free());
        }
    }

    private static String describe(SeatLeasePolicy p) {
        return "today + " + p.daysAhead() + " days, " + p.ownSeatsPerDesk() + " seats a day per own desk, "
                + p.otherSeatsPerDesk() + " per desk of another location, at most " + p.maxSharePercent()
                + "% of a day, " + p.leaseMinutes() + "-minute leases, returned " + p.returnMinutesBefore()
                + " min before, lost after " + p.silenceHours() + " h of silence";
    }

    /** Checks the audit hash chain (ADR 0090) without anchors; false (and the first broken line printed) when broken. */
    public boolean verifyAudit() {
        return verifyAudit(new Options(Map.of(), Set.of(), Map.of()));
    }

    /**
     * Checks the audit hash chain (ADR 0090) and, with {@code --anchors FILE[,FILE...]}, against the
     * signed heads in those files (ADR 0094: desk databases, server logs, anchor exports). Heads count
     * when signed by this server's audit key or by a key given with {@code --public-key KEY|FILE[,...]};
     * {@code --anchors-since TIME} leaves out heads signed before a restore from a backup.
     * False, with the first problem printed, when the chain is broken or disagrees with an anchor.
     */
    public boolean verifyAudit(Options o) {
        Set<String> trusted = new LinkedHashSet<>();
        trusted.add(server.auditHeads().publicKey());
        Arrays.stream(o.get("public-key", "").split(",")).map(String::strip).filter(k -> !k.isEmpty())
                .map(this::publicKeyFrom).forEach(trusted::add);
        List<Path> files = Arrays.stream(o.get("anchors", "").split(",")).map(String::strip)
                .filter(f -> !f.isEmpty()).map(Path::of).toList();
        Instant since = since(o.get("anchors-since", null));
        // the heads this server stored itself count too: lines cut off behind the last of them are found without
        // anchor files (a chain rewritten together with its stored heads still needs anchors kept elsewhere)
        List<SignedAuditHead> stored = server.auditHeads().all();
        List<SignedAuditHead> heads = Stream.concat(stored.stream(),
                        new AuditAnchorFiles(server.json()).read(files).stream())
                .filter(h -> since == null || h.signedAt() == null || !h.signedAt().isBefore(since)).toList();
        AuditAnchors anchors = new AuditAnchors(heads, trusted);
        AuditChainReport r = server.db().inSnapshot(c -> new AuditChainVerifier().verify(c, anchors));
        if (r.intact()) {
            out.println("Audit chain intact: " + r.checked() + " lines checked"
                    + "; head " + r.headSeq() + " " + r.headHash()
                    + "; agrees with " + r.anchors() + " signed heads (" + stored.size() + " stored by the server"
                    + (files.isEmpty() ? "; no anchor files given: a chain recomputed together with its stored heads"
                    + " is only found against anchors kept elsewhere)" : ", the rest from " + files.size() + " file(s))"));
        } else {
            out.println("AUDIT CHAIN BROKEN at line " + r.brokenSeq()
                    + (r.brokenId() == null ? "" : " (entry " + r.brokenId() + ")") + ": " + r.problem()
                    + (r.problem() != null && r.problem().startsWith("REWRITTEN")
                    ? "; only lines vouched for by an earlier signed head that agrees can be trusted"
                    : "; " + r.checked() + " lines before it are intact"));
            if (r.problem() != null && r.problem().startsWith("FORGED")) {
                out.println("Trusted audit key ids: " + trusted.stream().map(AuditHeadSignatures::keyIdOf).toList());
            }
        }
        return r.intact();
    }

    /** {@code --anchors-since}: anchors signed before it are left out (after a restore from a backup). */
    private static Instant since(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--anchors-since must be a UTC time like 2026-12-01T10:00:00Z", e);
        }
    }

    /** Signs the audit chain head now (ADR 0094) and prints the signed head as an anchor line. */
    public void signAuditHead() {
        SignedAuditHead head = server.auditHeads().signNow();
        out.println("Signed audit head " + head.seq() + " " + head.hash() + " (key id " + head.keyId() + ")");
        out.println(server.auditHeads().logLine(head));
    }

    /** Signs the head now and writes the public key and every signed head to {@code --out FILE} (JSON). */
    public void exportAuditAnchors(Options o) {
        Path file = Path.of(o.require("out"));
        server.auditHeads().signNow();
        AuditAnchorExport export = server.auditHeads().export();
        try {
            Files.writeString(file, server.json().writerWithDefaultPrettyPrinter().writeValueAsString(export),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("the export cannot be written to " + file + ": " + e.getMessage(), e);
        }
        out.println("Wrote " + export.signedHeads().size() + " signed audit heads (head " + export.headSeq()
                + ", key id " + export.keyId() + ") to " + file + "; keep it outside the server");
    }

    /** The public key given as base64, as a key file, a file with the base64 key, or a saved GET /audit/public-key. */
    private String publicKeyFrom(String given) {
        Path file = Path.of(given);
        if (!Files.isRegularFile(file)) {
            return given.strip();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.strip().startsWith("{")) {
                return server.json().readTree(text).path("publicKey").asText("");
            }
            return AuditSigningKey.publicKeyIn(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("the public key file " + file + " cannot be read: " + e.getMessage(), e);
        }
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
