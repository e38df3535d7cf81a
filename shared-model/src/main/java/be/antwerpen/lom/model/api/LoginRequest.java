package be.antwerpen.lom.model.api;

/** Staff login. */
public record LoginRequest(String username, String password) {

    /** Masked: the password must never be logged. */
    @Override
    public String toString() {
        return "LoginRequest[username=" + username + ", password=***]";
    }
}
