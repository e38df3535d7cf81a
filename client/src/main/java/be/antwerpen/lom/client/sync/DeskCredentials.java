package be.antwerpen.lom.client.sync;

import java.util.Optional;

/** What the desk sends to prove who it is and who is working at it. */
public interface DeskCredentials {

    /** The staff bearer token, when someone is logged in online. */
    Optional<String> staffToken();

    /** The device id and secret, once enrolled. */
    Optional<String> deviceId();

    Optional<String> deviceSecret();
}
