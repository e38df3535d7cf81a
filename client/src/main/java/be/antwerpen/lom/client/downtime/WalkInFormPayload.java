package be.antwerpen.lom.client.downtime;

/** QR payload of a blank walk-in form: its serial, e.g. {@code ANT1-W-000101}. */
public record WalkInFormPayload(String serial) implements QrPayload {

    public WalkInFormPayload {
        if (!SerialRange.isWellFormedSerial(serial)) {
            throw new InvalidQrPayloadException("the serial in the form code is not valid (expected e.g. ANT1-W-000101)");
        }
    }

    @Override
    public String encode() {
        return ScannerSafePayloads.walkIn(serial);
    }

    /** The first format ({@code LOM1|...}), as on packs printed before the scanner-safe one. */
    public String encodeFirstFormat() {
        return VERSION + "|W|" + serial;
    }
}
