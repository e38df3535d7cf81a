package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.db.Rows;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA-256) of what a login attempt typed as username and of client addresses, so
 * the throttle and audit tables never hold them in clear (a password typed into the username field
 * included). The key is made once per database and shared by every server instance on it.
 */
public final class LoginPseudonyms {

    private static final String KEY_NAME = "login-pseudonym-key";

    private final Database db;
    private final Secrets secrets;
    private volatile SecretKeySpec key;

    public LoginPseudonyms(Database db, Secrets secrets) {
        this.db = db;
        this.secrets = secrets;
    }

    /** {@code h:} and 24 hex digits of the keyed hash of {@code text}. */
    public String of(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return "h:" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            String secret = db.inTransaction(c -> {
                Rows.update(c, "INSERT INTO server_secrets (name, secret) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                        KEY_NAME, secrets.newSecret());
                return Rows.one(c, "SELECT secret FROM server_secrets WHERE name = ?", rs -> rs.getString(1), KEY_NAME)
                        .orElseThrow();
            });
            k = new SecretKeySpec(Base64.getUrlDecoder().decode(secret), "HmacSHA256");
            key = k;
        }
        return k;
    }
}
