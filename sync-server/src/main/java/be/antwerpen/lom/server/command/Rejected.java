package be.antwerpen.lom.server.command;

import be.antwerpen.lom.model.refusal.Refusal;
import be.antwerpen.lom.server.error.ApiProblem;

/** A command the server will not apply; the reason is a sentence a person can read. */
public final class Rejected {

    private Rejected() {
    }

    public static ApiProblem because(String reason) {
        return new ApiProblem(409, "rejected", reason, null);
    }

    /** A rejection with a stable reason code and its parameters (ADR 0114); {@code reason} stays English. */
    public static ApiProblem because(String reasonCode, String reason, Object... params) {
        return because(Refusal.of(reasonCode, reason, params));
    }

    public static ApiProblem because(Refusal refusal) {
        return new ApiProblem(409, "rejected", refusal, null);
    }
}
