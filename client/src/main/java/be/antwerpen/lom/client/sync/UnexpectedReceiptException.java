package be.antwerpen.lom.client.sync;

/**
 * The server answered for a command this desk did not send in that batch (another command id, or another
 * sequence): a protocol error, never skipped silently. Nothing of the batch is recorded (ADR 0043).
 */
public class UnexpectedReceiptException extends RuntimeException {

    public UnexpectedReceiptException(String message) {
        super(message);
    }
}
