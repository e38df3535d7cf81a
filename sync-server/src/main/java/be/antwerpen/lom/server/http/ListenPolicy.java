package be.antwerpen.lom.server.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Plain HTTP only on a loopback address, unless the operator says a TLS proxy sits in front. */
public final class ListenPolicy {

    private ListenPolicy() {
    }

    /** Throws when {@code settings} would serve plain HTTP to the network without permission. */
    public static void check(HttpSettings settings, boolean allowPlainHttp) {
        if (settings.tls().isEmpty() && !isLoopback(settings.host()) && !allowPlainHttp) {
            throw new IllegalArgumentException("plain HTTP is only served on loopback; give --keystore FILE "
                    + "--keystore-password P for HTTPS, or --allow-plain-http behind a TLS proxy");
        }
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
