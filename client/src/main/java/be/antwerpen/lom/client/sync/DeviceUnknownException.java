package be.antwerpen.lom.client.sync;

/** The server does not know this desk's device identity (e.g. restored from an old backup): enroll again. */
public class DeviceUnknownException extends RuntimeException {

    public DeviceUnknownException(String message) {
        super(message);
    }
}
