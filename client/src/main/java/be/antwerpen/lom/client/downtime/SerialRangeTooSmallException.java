package be.antwerpen.lom.client.downtime;

/** The desk's serial range holds fewer serials than the pack needs for its blank forms. */
public class SerialRangeTooSmallException extends DowntimePackException {

    private final int available;
    private final int needed;

    public SerialRangeTooSmallException(SerialRange range, int needed) {
        super("the serial range " + range.describe() + " holds " + range.size() + " serials but the pack needs "
                + needed + "; lease a larger range or print fewer blank forms");
        this.available = range.size();
        this.needed = needed;
    }

    public int available() {
        return available;
    }

    public int needed() {
        return needed;
    }
}
