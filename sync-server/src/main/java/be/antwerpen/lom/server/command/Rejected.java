package be.antwerpen.lom.server.command;

import be.antwerpen.lom.server.refusal.Refusal;

/** A command the server will not apply; the reason is a sentence a person can read. */
public final class Rejected {

    private Rejected() {
    }

    public static Refusal because(String reason) {
        return new Refusal(Refusal.Kind.CONFLICT, "rejected", reason, null);
    }

    /** A rejection with a stable reason code and its parameters (ADR 0114); {@code reason} stays English. */
    public static Refusal because(String reasonCode, String reason, Object... params) {
        return because(be.antwerpen.lom.model.refusal.Refusal.of(reasonCode, reason, params));
    }

    public static Refusal because(be.antwerpen.lom.model.refusal.Refusal reason) {
        return new Refusal(Refusal.Kind.CONFLICT, "rejected", reason, null);
    }
}
