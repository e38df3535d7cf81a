package be.antwerpen.lom.server.command;

import be.antwerpen.lom.server.refusal.Refusal;

/** A command the server will not apply; the reason is a sentence a person can read. */
public final class Rejected {

    private Rejected() {
    }

    public static Refusal because(String reason) {
        return new Refusal(Refusal.Kind.CONFLICT, "rejected", reason, null);
    }
}
