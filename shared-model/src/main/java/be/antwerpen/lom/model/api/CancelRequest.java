package be.antwerpen.lom.model.api;

/** Cancel an appointment with an optional reason. */
public record CancelRequest(String reason) {
}
