package be.antwerpen.lom.server.audit;

import be.antwerpen.lom.model.sync.AuditHeadSignatures;
import be.antwerpen.lom.model.sync.SignedAuditHead;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's Ed25519 key that signs audit chain heads (ADR 0094). It lives in a file outside the
 * database (default {@code <data-dir>/audit-signing.key}), created on first start with owner-only
 * permissions (0600), so someone who can rewrite the database cannot sign heads unless they also
 * hold this file.
 */
public final class AuditSigningKey {

    private static final Logger LOG = LoggerFactory.getLogger(AuditSigningKey.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final PrivateKey privateKey;
    private final String publicKey;
    private final String keyId;

    private AuditSigningKey(PrivateKey privateKey, String publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = AuditHeadSignatures.keyIdOf(publicKey);
        if (!AuditHeadSignatures.signedBy(sign(0, AuditChain.GENESIS, Instant.EPOCH), publicKey)) {
            throw new IllegalArgumentException("the audit signing key's private and public halves do not match");
        }
    }

    /** A new key held in memory only: for tests and benchmarks; a server uses {@link #loadOrCreate(Path)}. */
    public static AuditSigningKey generate() {
        KeyPair pair = newPair();
        return new AuditSigningKey(pair.getPrivate(), Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
    }

    /** Reads the key file, or creates it (owner-only permissions) with a new key when it does not exist. */
    public static AuditSigningKey loadOrCreate(Path file) {
        if (!Files.exists(file)) {
            create(file);
        }
        return load(file);
    }

    /** Reads an existing key file. */
    public static AuditSigningKey load(Path file) {
        Properties p = new Properties();
        try {
            warnIfReadableByOthers(file);
            try (Reader in = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("the audit signing key file " + file + " cannot be read: "
                    + e.getMessage(), e);
        }
        String priv = p.getProperty("private");
        String pub = p.getProperty("public");
        if (priv == null || pub == null) {
            throw new IllegalArgumentException("the audit signing key file " + file + " is not a key file");
        }
        PrivateKey key;
        try {
            key = KeyFactory.getInstance(AuditHeadSignatures.ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(priv.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the audit signing key file " + file + " is damaged", e);
        }
        return new AuditSigningKey(key, pub.strip());
    }

    /** The public key of a key file, or of a file holding just the base64 public key. */
    public static String publicKeyIn(String text) {
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.startsWith("public=")) {
                return l.substring("public=".length()).strip();
            }
        }
        return text.strip();
    }

    private static void create(Path file) {
        KeyPair pair = newPair();
        String text = "# Loket op Maat audit signing key (ADR 0094). Keep it secret, keep it out of database backups\n"
                + "# or back it up separately; publish only the public half.\n"
                + "algorithm=" + AuditHeadSignatures.ALGORITHM + "\n"
                + "private=" + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
                + "public=" + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n";
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = dir.resolve(file.getFileName() + ".new");
            Files.deleteIfExists(temp);
            if (posix(dir)) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(temp);
                temp.toFile().setReadable(false, false);
                temp.toFile().setReadable(true, true);
                temp.toFile().setWritable(false, false);
                temp.toFile().setWritable(true, true);
            }
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file); // never replaces a key file another process created meanwhile
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(temp);
                return;
            }
            LOG.info("created the audit signing key {} (key id {})", file,
                    AuditHeadSignatures.keyIdOf(Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())));
        } catch (IOException e) {
            throw new IllegalArgumentException("the audit signing key file " + file + " cannot be created: "
                    + e.getMessage(), e);
        }
    }

    private static boolean posix(Path dir) {
        return Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
    }

    private static void warnIfReadableByOthers(Path file) throws IOException {
        if (posix(file.toAbsolutePath().getParent())) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(perms)) {
                LOG.warn("the audit signing key {} is readable or writable by others ({}); set it to 0600", file,
                        PosixFilePermissions.toString(perms));
            }
        }
    }

    private static KeyPair newPair() {
        try {
            return KeyPairGenerator.getInstance(AuditHeadSignatures.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is missing from this Java runtime", e);
        }
    }

    /** Signs a chain head; the time is kept to the millisecond, as it is signed. */
    public SignedAuditHead sign(long seq, String hash, Instant at) {
        Instant signedAt = at.truncatedTo(ChronoUnit.MILLIS);
        try {
            Signature signer = Signature.getInstance(AuditHeadSignatures.ALGORITHM);
            signer.initSign(privateKey);
            signer.update(AuditHeadSignatures.message(seq, hash, signedAt.toEpochMilli(), keyId));
            return new SignedAuditHead(seq, hash, signedAt, keyId, publicKey,
                    Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the audit head could not be signed", e);
        }
    }

    /** The public half, X.509 DER in base64: publish it; {@code verify-audit} trusts heads signed by it. */
    public String publicKey() {
        return publicKey;
    }

    public String keyId() {
        return keyId;
    }
}
