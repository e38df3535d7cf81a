package be.antwerpen.lom.server.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version this server was built as (from the build's filtered resource), for health and logs. */
public final class ServerVersion {

    private ServerVersion() {
    }

    /** The version, or "unknown" when run from classes the build did not filter. */
    public static String current() {
        try (InputStream in = ServerVersion.class.getResourceAsStream("/lom-server-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
