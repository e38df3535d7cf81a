package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.sync.CommandOutcome;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictKind;
import be.antwerpen.lom.model.sync.ConflictView;
import be.antwerpen.lom.server.appointment.StoredAppointment;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Contact edits, merged per field. A field ({@code null}: unchanged, blank: cleared) conflicts only
 * when another editor changed it after the last change this desk had pulled and the values differ;
 * the other fields are still merged.
 */
public final class ContactCommands {

    private final AppointmentWriter writer;
    private final Conflicts conflicts;

    public ContactCommands(AppointmentWriter writer, Conflicts conflicts) {
        this.writer = writer;
        this.conflicts = conflicts;
    }

    public CommandResult apply(CommandScope scope, Commands.UpdateContact u, StoredAppointment before)
            throws SQLException {
        Appointment a = before.appointment();
        Citizen c = a.citizen();
        String editor = scope.actor().editor();
        long seen = scope.actor().lastPullCursor();
        Map<String, String> serverSide = new LinkedHashMap<>();
        Map<String, String> deskSide = new LinkedHashMap<>();
        String email = c.email();
        String phone = c.phone();
        boolean emailChanged = false;
        boolean phoneChanged = false;
        if (u.email() != null && !Objects.equals(blankToNull(u.email()), c.email())) {
            if (editedElsewhere(before.emailChangedSeq(), before.emailChangedBy(), editor, seen)) {
                serverSide.put("email", c.email());
                deskSide.put("email", blankToNull(u.email()));
            } else {
                email = u.email();
                emailChanged = true;
            }
        }
        if (u.phone() != null && !Objects.equals(blankToNull(u.phone()), c.phone())) {
            if (editedElsewhere(before.phoneChangedSeq(), before.phoneChangedBy(), editor, seen)) {
                serverSide.put("phone", c.phone());
                deskSide.put("phone", blankToNull(u.phone()));
            } else {
                phone = u.phone();
                phoneChanged = true;
            }
        }
        Citizen merged = new Citizen(c.nationalRegisterNumber(), c.givenName(), c.familyName(), email, phone);
        Appointment current = a;
        if (emailChanged || phoneChanged) {
            long stamp = writer.reserveSequence(scope);
            Appointment changed = new Appointment(a.id(), a.code(), a.locationId(), a.productCode(), a.start(), a.end(),
                    merged, a.status(), a.origin(), a.provisional(), a.version());
            StoredAppointment after = new StoredAppointment(changed, before.holdsSeat(),
                    emailChanged ? stamp : before.emailChangedSeq(), emailChanged ? editor : before.emailChangedBy(),
                    phoneChanged ? stamp : before.phoneChangedSeq(), phoneChanged ? editor : before.phoneChangedBy());
            current = writer.update(scope, before, after).appointment();
        }
        if (!deskSide.isEmpty()) {
            String reason = "another desk changed the same contact data; a supervisor chooses which to keep";
            ConflictView conflict = conflicts.open(scope, ConflictKind.CONCURRENT_EDIT, a.locationId(), a.id(), reason,
                    serverSide, deskSide);
            writer.openConflict(scope, conflict);
            return CommandResult.of(CommandOutcome.CONFLICT, reason, conflict.id(), current);
        }
        if (!emailChanged && !phoneChanged) {
            return CommandResult.of(CommandOutcome.APPLIED_WITH_CHANGES, "nothing to change", null, current);
        }
        return CommandResult.of(CommandOutcome.APPLIED, null, null, current);
    }

    private static boolean editedElsewhere(long changedSeq, String changedBy, String editor, long seen) {
        return changedBy != null && !changedBy.equals(editor) && changedSeq > seen;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
