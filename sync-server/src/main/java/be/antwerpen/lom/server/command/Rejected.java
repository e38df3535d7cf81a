package be.antwerpen.lom.server.command;

import be.antwerpen.lom.server.error.ApiProblem;

/** A command the server will not apply; the reason is a sentence a person can read. */
public final class Rejected {

    private Rejected() {
    }

    public static ApiProblem because(String reason) {
        return new ApiProblem(409, "rejected", reason, null);
    }
}
