package be.antwerpen.lom.client.ui.rekey;

import be.antwerpen.lom.client.rekey.AppointmentPaperForm;
import be.antwerpen.lom.client.rekey.FormToEnterAgain;
import be.antwerpen.lom.client.rekey.PackProgress;
import be.antwerpen.lom.client.rekey.PaperForm;
import be.antwerpen.lom.client.rekey.PaperFormLookup;
import be.antwerpen.lom.client.rekey.PaperOutcome;
import be.antwerpen.lom.client.rekey.PaperRekeying;
import be.antwerpen.lom.client.rekey.RekeyProgress;
import be.antwerpen.lom.client.rekey.RekeyRefusedException;
import be.antwerpen.lom.client.rekey.WalkInPaperForm;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.FailureMessages;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.client.ui.RefusalWording;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The re-keying screen without Swing: scan or type a form code, see which form it is, enter what
 * the paper says, see per pack how many forms are still to enter and which forms the server refused, to be
 * entered again (ADR 0149). Work runs through
 * {@link BackgroundTasks}; listeners are told on the UI thread.
 */
public final class RekeyViewModel {

    private final PaperFormLookup lookup;
    private final PaperRekeying rekeying;
    private final RekeyProgress progressSource;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private PaperForm form;
    private List<PackProgress> progress = List.of();
    private List<FormToEnterAgain> toEnterAgain = List.of();
    private String message = "";
    private boolean error;
    private long formsEntered;

    public RekeyViewModel(PaperFormLookup lookup, PaperRekeying rekeying, RekeyProgress progress,
                          BackgroundTasks tasks, Messages messages) {
        this.lookup = lookup;
        this.rekeying = rekeying;
        this.progressSource = progress;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Reloads the per-pack progress and the forms to enter again. */
    public void reload() {
        tasks.run(() -> new Loaded(progressSource.perPack(), progressSource.toEnterAgain()), loaded -> {
            progress = loaded.progress();
            toEnterAgain = loaded.toEnterAgain();
            notifyListeners();
        }, this::fail);
    }

    /** A scanned QR text (the scanner types it and presses Enter) or a typed serial / appointment code. */
    public void scan(String text) {
        tasks.run(() -> {
            PaperForm found = lookup.find(text);
            if (rekeying.entered(found)) {
                throw new RekeyRefusedException("this form (" + found.key().substring(2) + ") was entered already",
                        "failure.rekey.enteredAlready", found.key().substring(2));
            }
            return new Found(found, rekeying.refusal(found));
        }, found -> {
            form = found.form();
            String what = found.form() instanceof WalkInPaperForm w
                    ? messages.get("rekey.found.walkIn", w.serial(), w.productCode())
                    : messages.get("rekey.found.appointment", ((AppointmentPaperForm) found.form()).appointment().code());
            show(found.refusal().map(r -> messages.get("rekey.found.again", found.form().key().substring(2),
                    RefusalWording.stored(messages, r, "refusal.unknown")) + " " + what).orElse(what), false);
        }, e -> {
            form = null;
            fail(e);
        });
    }

    /** Enters the found appointment form. {@code time} as written, e.g. {@code 10:40} or {@code 10.40}. */
    public void enterAppointment(PaperOutcome outcome, String time, String remark) {
        if (!(form instanceof AppointmentPaperForm current)) {
            show(messages.get("rekey.noAppointmentForm"), true);
            return;
        }
        Optional<LocalTime> at = parseTime(time);
        if (at.isEmpty()) {
            return;
        }
        String what = messages.get("rekey.confirmed.appointment", current.appointment().code(),
                outcomeLabel(outcome), messages.time().format(at.get()), remarkPart(remark));
        tasks.run(() -> {
            rekeying.enterAppointment(current, outcome, at.get(), remark);
            return what;
        }, this::saved, this::fail);
    }

    /** Enters the found blank walk-in form with the citizen's data written on it. */
    public void enterWalkIn(PaperOutcome outcome, String time, String registerNumber, String givenName,
                            String familyName, String remark) {
        if (!(form instanceof WalkInPaperForm current)) {
            show(messages.get("rekey.noWalkInForm"), true);
            return;
        }
        Optional<LocalTime> at = parseTime(time);
        if (at.isEmpty()) {
            return;
        }
        tasks.run(() -> {
            rekeying.enterWalkIn(current, outcome, at.get(), registerNumber, givenName, familyName, remark);
            return messages.get("rekey.confirmed.walkIn", current.serial(), outcomeLabel(outcome),
                    messages.time().format(at.get()), ((givenName == null ? "" : givenName.strip()) + " "
                            + (familyName == null ? "" : familyName.strip())).strip(), masked(registerNumber),
                    remarkPart(remark));
        }, this::saved, this::fail);
    }

    public Optional<PaperForm> form() {
        return Optional.ofNullable(form);
    }

    public List<PackProgress> progress() {
        return progress;
    }

    /**
     * The forms entered here whose commands the server refused, one line each in the screen's language: the pack's
     * day, the number printed on the form and the server's reason (ADR 0149).
     */
    public List<String> toEnterAgain() {
        return toEnterAgain.stream().map(f -> messages.get("rekey.enterAgainLine", messages.date().format(f.day()),
                f.number(), RefusalWording.stored(messages, f.refusal(), "refusal.unknown"))).toList();
    }

    public String message() {
        return message;
    }

    public boolean isError() {
        return error;
    }

    /** The paper outcome in the screen's language, e.g. "Niet opgedaagd". */
    public String outcomeLabel(PaperOutcome outcome) {
        return messages.get("rekey.outcome." + outcome.name());
    }

    /**
     * How many forms were entered on this screen: the screen clears the citizen and outcome fields
     * whenever it grows, so the next form never starts with the previous citizen's data.
     */
    public long formsEntered() {
        return formsEntered;
    }

    private String remarkPart(String remark) {
        return remark == null || remark.isBlank() ? "" : messages.get("rekey.confirmed.remark", remark.strip());
    }

    private String masked(String registerNumber) {
        if (registerNumber == null || registerNumber.isBlank()) {
            return messages.get("rekey.confirmed.noRegisterNumber");
        }
        try {
            return NationalRegisterNumber.parse(registerNumber).masked();
        } catch (RuntimeException e) {
            return messages.get("rekey.confirmed.noRegisterNumber");
        }
    }

    /** Confirms what was entered, in words, and clears the form. */
    private void saved(String what) {
        form = null;
        formsEntered++;
        show(what, false);
        reload();
    }

    private Optional<LocalTime> parseTime(String text) {
        String cleaned = text == null ? "" : text.strip().replace('.', ':').replace('u', ':');
        if (cleaned.matches("\\d:\\d\\d")) {
            cleaned = "0" + cleaned;
        }
        try {
            return Optional.of(LocalTime.parse(cleaned));
        } catch (DateTimeParseException e) {
            show(messages.get("rekey.badTime"), true);
            return Optional.empty();
        }
    }

    private void fail(Exception e) {
        show(new FailureMessages(messages).describe(e, "error.unexpected"), true);
    }

    private void show(String text, boolean isError) {
        message = text;
        error = isError;
        notifyListeners();
    }

    private void notifyListeners() {
        listeners.forEach(Runnable::run);
    }

    private record Loaded(List<PackProgress> progress, List<FormToEnterAgain> toEnterAgain) {
    }

    private record Found(PaperForm form, Optional<String> refusal) {
    }
}
