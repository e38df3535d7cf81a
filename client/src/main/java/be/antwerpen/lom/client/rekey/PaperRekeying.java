package be.antwerpen.lom.client.rekey;

import be.antwerpen.lom.client.agenda.AgendaEntry;
import be.antwerpen.lom.client.agenda.LocalAgenda;
import be.antwerpen.lom.client.counter.DeskContext;
import be.antwerpen.lom.client.failure.DeskFailure;
import be.antwerpen.lom.client.store.LocalDatabase;
import be.antwerpen.lom.client.store.OutboxRecorder;
import be.antwerpen.lom.client.store.ReferenceDataStore;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.appointment.TimeOrderedUuid;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.reference.ReferenceData;
import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.validation.DomainValidationException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Turns what a paper form says into ordinary commands with origin PAPER and the time written on
 * the form, stored in the outbox together with the record that the form was entered, in one
 * transaction: a form entered twice is refused, invalid data stores nothing. A form whose commands the server
 * refused is to be entered again (ADR 0149).
 */
public final class PaperRekeying {

    private static final int MAX_REMARK = 200;

    private final LocalDatabase database;
    private final LocalAgenda agenda;
    private final OutboxRecorder recorder;
    private final RekeyedFormStore forms;
    private final ReferenceDataStore referenceData;
    private final TimeOrderedUuid ids;
    private final Clock clock;
    private final Supplier<String> actor;
    private final Supplier<DeskContext> desk;
    private final Runnable onLocalChange;

    public PaperRekeying(LocalDatabase database, LocalAgenda agenda, OutboxRecorder recorder, RekeyedFormStore forms,
                         ReferenceDataStore referenceData, TimeOrderedUuid ids, Clock clock, Supplier<String> actor,
                         Supplier<DeskContext> desk, Runnable onLocalChange) {
        this.database = database;
        this.agenda = agenda;
        this.recorder = recorder;
        this.forms = forms;
        this.referenceData = referenceData;
        this.ids = ids;
        this.clock = clock;
        this.actor = actor;
        this.desk = desk;
        this.onLocalChange = onLocalChange;
    }

    /** Whether the form was entered already on this desk and the server refused none of its commands. */
    public boolean entered(PaperForm form) {
        return database.inTransaction(c -> forms.contains(c, form.key()));
    }

    /**
     * The server's refusal of a command this form produced (as the outbox stored it, a coded refusal): the form is
     * to be entered again (ADR 0149). Empty when the form was not entered or nothing of it was refused.
     */
    public Optional<String> refusal(PaperForm form) {
        return database.inTransaction(c -> forms.refusal(c, form.key()));
    }

    /**
     * Enters an appointment's intake form.
     *
     * @param time   the time written on the form (that day)
     * @param remark the outcome written on the form, may be empty
     */
    public void enterAppointment(AppointmentPaperForm form, PaperOutcome outcome, LocalTime time, String remark) {
        String cleaned = remark(remark);
        UUID id = form.appointment().id();
        LocalDateTime at = paperTime(form, time);
        PaperTimeCheck.requireWritten(at, clock.instant());
        database.inTransaction(c -> {
            refuseIfEntered(c, form);
            requireOpen(c, form.appointment().locationId(), at);
            AgendaEntry entry = agenda.current(c, id)
                    .orElseThrow(() -> new RekeyRefusedException("this appointment is not in the local agenda",
                            "failure.rekey.notInAgenda"));
            List<UUID> commands = new ArrayList<>();
            for (CommandPayload command : commandsFor(entry.appointment().status(), id, outcome, at, cleaned)) {
                commands.add(recorder.record(c, actor.get(), command).commandId());
            }
            forms.insert(c, form.key(), id, clock.instant(), commands);
            return null;
        });
        onLocalChange.run();
    }

    /**
     * Enters a blank walk-in form: registers the citizen with origin PAPER, the form's serial as
     * ticket and paper serial, and the time written on the form; served forms are also marked served.
     *
     * @return the new appointment id
     */
    public UUID enterWalkIn(WalkInPaperForm form, PaperOutcome outcome, LocalTime time, String registerNumber,
                            String givenName, String familyName, String remark) {
        if (outcome == PaperOutcome.NO_SHOW) {
            throw new RekeyRefusedException("a walk-in form records a citizen who came: choose arrived or served",
                    "failure.rekey.walkInCame");
        }
        String cleaned = remark(remark);
        LocalDateTime at = paperTime(form, time);
        PaperTimeCheck.requireWritten(at, clock.instant());
        Citizen citizen;
        try {
            NationalRegisterNumber number = registerNumber == null || registerNumber.isBlank() ? null
                    : NationalRegisterNumber.parse(registerNumber);
            citizen = new Citizen(number, givenName, familyName, null, null);
        } catch (DomainValidationException e) {
            throw new RekeyRefusedException(e.refusal(), "failure.rekey.invalidCitizen");
        }
        String locationId = desk.get().locationId();
        UUID id = ids.next();
        database.inTransaction(c -> {
            refuseIfEntered(c, form);
            requireOpen(c, locationId, at);
            List<UUID> commands = new ArrayList<>();
            commands.add(recorder.record(c, actor.get(), new Commands.RegisterWalkIn(id, form.serial(), locationId,
                    form.productCode(), at, citizen, AppointmentOrigin.PAPER, form.serial(), form.pile())).commandId());
            if (outcome == PaperOutcome.SERVED) {
                commands.add(recorder.record(c, actor.get(), new Commands.MarkServed(id, cleaned, at)).commandId());
            }
            forms.insert(c, form.key(), id, clock.instant(), commands);
            return null;
        });
        onLocalChange.run();
        return id;
    }

    /**
     * The commands a paper outcome stands for, given the status the desk shows. A fact that contradicts that
     * status is sent all the same, and the server's conflict rules decide (ADR 0091, 0144): service on a
     * cancelled appointment is recorded with a STALE_STATE conflict, service after a no-show (or a no-show
     * after service) opens a CONTRADICTING_FACTS conflict, so a supervisor sees it. Only a form that adds
     * nothing to what the agenda already holds (the same outcome, or a later step) is refused.
     */
    private static List<CommandPayload> commandsFor(AppointmentStatus status, UUID id, PaperOutcome outcome,
                                                    LocalDateTime at, String remark) {
        List<CommandPayload> commands = new ArrayList<>();
        switch (outcome) {
            case ARRIVED -> {
                if (status != AppointmentStatus.BOOKED && status != AppointmentStatus.CANCELLED
                        && status != AppointmentStatus.NO_SHOW) {
                    throw refusal(status);
                }
                commands.add(new Commands.CheckIn(id, at));
            }
            case SERVED -> {
                if (status == AppointmentStatus.SERVED) {
                    throw refusal(status);
                }
                if (status == AppointmentStatus.BOOKED) {
                    commands.add(new Commands.CheckIn(id, at));
                }
                commands.add(new Commands.MarkServed(id, remark, at));
            }
            case NO_SHOW -> {
                if (status == AppointmentStatus.NO_SHOW || status == AppointmentStatus.CANCELLED) {
                    throw refusal(status);
                }
                commands.add(new Commands.MarkNoShow(id, at));
            }
            default -> throw new IllegalStateException("unknown outcome " + outcome);
        }
        return commands;
    }

    private static RekeyRefusedException refusal(AppointmentStatus status) {
        return new RekeyRefusedException("the appointment is already " + status.name().toLowerCase(Locale.ROOT)
                .replace('_', ' ') + " in the agenda; this form adds nothing to it", "failure.rekey.alreadyDone",
                DeskFailure.text("status." + status.name()));
    }

    private void refuseIfEntered(Connection c, PaperForm form) throws SQLException {
        if (forms.contains(c, form.key())) {
            throw new RekeyRefusedException("this form (" + form.key().substring(2) + ") was entered already",
                    "failure.rekey.enteredAlready", form.key().substring(2));
        }
    }

    private void requireOpen(Connection c, String locationId, LocalDateTime at) throws SQLException {
        ReferenceData reference = referenceData.load(c)
                .orElseThrow(() -> new RekeyRefusedException("the reference data is not on this desk yet; sync first",
                        "failure.rekey.referenceDataMissing"));
        OpeningHoursCheck.requireOpen(reference, locationId, at);
    }

    private static LocalDateTime paperTime(PaperForm form, LocalTime time) {
        if (time == null) {
            throw new RekeyRefusedException("enter the time written on the form", "failure.rekey.timeMissing");
        }
        return form.day().atTime(time.withSecond(0).withNano(0));
    }

    private static String remark(String remark) {
        String cleaned = remark == null || remark.isBlank() ? null : remark.strip();
        if (cleaned != null && cleaned.length() > MAX_REMARK) {
            throw new RekeyRefusedException("the outcome is longer than " + MAX_REMARK + " characters",
                    "failure.rekey.outcomeTooLong", MAX_REMARK);
        }
        return cleaned;
    }
}
