package be.antwerpen.lom.model.appointment;

import be.antwerpen.lom.model.refusal.Refusal;

/** The answer of {@link AppointmentLifecycle#apply}: applied, an idempotent repeat, or refused. */
public sealed interface TransitionResult {

    /** The status after the action (unchanged for a repeat or a refusal). */
    AppointmentStatus status();

    /** The action moved the appointment to a new status. */
    record Applied(AppointmentStatus status) implements TransitionResult {
    }

    /** The appointment already was in the action's target status: nothing changes. */
    record Repeat(AppointmentStatus status) implements TransitionResult {
    }

    /**
     * The action is not allowed from the current status; {@code refusal} carries a stable code with the
     * status and action as parameters (ADR 0114) and an English sentence.
     */
    record Refused(AppointmentStatus status, Refusal refusal) implements TransitionResult {

        /** The English sentence, for API users and logs. */
        public String reason() {
            return refusal.message();
        }
    }
}
