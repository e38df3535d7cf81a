package be.antwerpen.lom.client.auth;

import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.store.StaffVerifier;
import be.antwerpen.lom.client.sync.AccessRenewal;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.sync.ServerRefusedException;
import be.antwerpen.lom.client.sync.ServerUnreachableException;
import be.antwerpen.lom.client.sync.SessionExpiredException;
import be.antwerpen.lom.client.sync.SyncApi;
import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.api.LoginResponse;
import be.antwerpen.lom.model.staff.StaffMember;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff login at the desk. Online first: the server checks the password and hands out a token; the
 * desk then stores a slow-KDF verifier. When the server cannot be reached, the verifier lets the
 * same person log in offline for a grace period after their last online login at this desk.
 */
public final class StaffLogin implements AccessRenewal {

    private static final Logger LOG = LoggerFactory.getLogger(StaffLogin.class);

    private final LocalStore store;
    private final Function<String, SyncApi> connect;
    private final ServerCalls calls;
    private final OfflineVerifier verifier;
    private final DeskSession session;
    private final Clock clock;
    private final Duration grace;
    private final ObjectMapper json;
    private final StaffKeyring keyring;
    private final DeskDataKeyRelease dataKey;
    private final Executor hashing = EarlyDerivation.newExecutor();

    public StaffLogin(LocalStore store, Function<String, SyncApi> connect, ServerCalls calls, OfflineVerifier verifier,
                      DeskSession session, Clock clock, Duration grace, ObjectMapper json,
                      DeskDataKeyRelease dataKey) {
        this(store, connect, calls, verifier, session, clock, grace, json,
                new StaffKeyring(store.database(), store.wrappedSecrets(), new SecureRandom()), dataKey);
    }

    public StaffLogin(LocalStore store, Function<String, SyncApi> connect, ServerCalls calls, OfflineVerifier verifier,
                      DeskSession session, Clock clock, Duration grace, ObjectMapper json, StaffKeyring keyring,
                      DeskDataKeyRelease dataKey) {
        this.keyring = keyring;
        this.store = store;
        this.connect = connect;
        this.calls = calls;
        this.verifier = verifier;
        this.session = session;
        this.clock = clock;
        this.grace = grace;
        this.json = json;
        this.dataKey = dataKey;
    }

    /** Logs in; blocking (network, KDF): call from a background thread. */
    public LoginOutcome login(String username, char[] password) {
        DeviceIdentity identity = store.database().inTransaction(store.syncState()::read).enrolled()
                .orElseThrow(() -> new LoginRefusedException(LoginRefusal.NOT_ENROLLED));
        String user = username == null ? "" : username.strip();
        EarlyDerivation early = startEarly(user, password);
        try {
            LoginResponse response = calls.execute(connect.apply(identity.serverUrl())
                    .login(new LoginRequest(user, new String(password))));
            StaffMember staff = response.staff();
            if (!staff.mayWorkAt(identity.locationId())) {
                throw new LoginRefusedException(LoginRefusal.NOT_FOR_THIS_LOCATION);
            }
            byte[] escrowKey = escrowKey(identity, response.token());
            try (StaffSecrets secrets = rememberVerifier(staff, password, early)) {
                byte[] wrappingKey = secrets.wrappingKey();
                try {
                    dataKey.release(staff.username(), wrappingKey, true, escrowKey);
                } finally {
                    Arrays.fill(wrappingKey, (byte) 0);
                    if (escrowKey != null) {
                        Arrays.fill(escrowKey, (byte) 0);
                    }
                }
                session.start(staff, response.token(), response.expiresAt(), password, false,
                        secrets.wrappingKey());
            }
            takeActorKey(identity, staff.username());
            return new LoginOutcome(staff, false);
        } catch (SessionExpiredException e) {
            throw new LoginRefusedException(LoginRefusal.WRONG_CREDENTIALS);
        } catch (ServerRefusedException e) {
            throw new LoginRefusedException(e.status() == 429 ? LoginRefusal.TOO_MANY_ATTEMPTS
                    : LoginRefusal.WRONG_CREDENTIALS);
        } catch (ServerUnreachableException e) {
            LOG.info("server unreachable; trying offline login");
            return offline(user, password, identity, early);
        } finally {
            if (early != null) {
                early.discard();
            }
        }
    }

    /**
     * The desk's derivation of this login, started now with the salt of the verifier it holds for this name
     * (if any), so it runs while the server checks the password: one slow hash on the desk's side either way.
     */
    private EarlyDerivation startEarly(String username, char[] password) {
        Optional<StaffVerifier> stored = store.database().inTransaction(c -> store.verifiers().find(c, username));
        if (stored.isEmpty() || stored.get().scheme() != StaffVerifier.SCHEME_DERIVED) {
            return null;
        }
        return EarlyDerivation.start(verifier, password, stored.get().salt(), stored.get().iterations(), hashing);
    }

    private StaffSecrets derive(EarlyDerivation early, char[] password, byte[] salt, int iterations) {
        Optional<StaffSecrets> derived = early == null ? Optional.empty() : early.take(salt, iterations);
        return derived.orElseGet(() -> verifier.secrets(password, salt, iterations));
    }

    private LoginOutcome offline(String username, char[] password, DeviceIdentity identity, EarlyDerivation early) {
        StaffVerifier stored = store.database().inTransaction(c -> store.verifiers().find(c, username))
                .orElseThrow(() -> new LoginRefusedException(LoginRefusal.OFFLINE_UNKNOWN_USER));
        byte[] wrappingKey = null;
        if (stored.scheme() == StaffVerifier.SCHEME_DERIVED) {
            try (StaffSecrets secrets = derive(early, password, stored.salt(), stored.iterations())) {
                if (!MessageDigest.isEqual(secrets.verifier(), stored.hash())) {
                    throw new LoginRefusedException(LoginRefusal.WRONG_CREDENTIALS);
                }
                wrappingKey = secrets.wrappingKey();
            }
        } else if (!verifier.matches(password, stored.salt(), stored.iterations(), stored.hash())) {
            throw new LoginRefusedException(LoginRefusal.WRONG_CREDENTIALS);
        } else {
            wrappingKey = upgradeToDerived(stored, password);
        }
        try {
            if (stored.lastOnlineLogin().plus(grace).isBefore(clock.instant())) {
                throw new LoginRefusedException(LoginRefusal.OFFLINE_GRACE_EXPIRED);
            }
            StaffMember staff = readStaff(stored.staffJson());
            if (!staff.mayWorkAt(identity.locationId())) {
                throw new LoginRefusedException(LoginRefusal.NOT_FOR_THIS_LOCATION);
            }
            dataKey.release(staff.username(), wrappingKey, false);
            session.start(staff, null, null, password, true, wrappingKey);
            if (wrappingKey != null) {
                keyring.open(staff.username(), StaffKeyring.ACTOR_PROOF_KEY, wrappingKey)
                        .ifPresent(this::useActorKey);
            }
            return new LoginOutcome(staff, true);
        } finally {
            if (wrappingKey != null) {
                Arrays.fill(wrappingKey, (byte) 0);
            }
        }
    }

    /**
     * A scheme-1 verifier (an older desk) that just matched becomes a scheme-2 one, so that this offline
     * login, too, gives a wrapping key for the desk's data key (ADR 0045). The time of the last online
     * login is kept: the grace period is not extended.
     */
    private byte[] upgradeToDerived(StaffVerifier stored, char[] password) {
        byte[] salt = verifier.newSalt();
        try (StaffSecrets secrets = verifier.secrets(password, salt, verifier.iterations())) {
            StaffVerifier upgraded = new StaffVerifier(stored.username(), salt, secrets.verifier(),
                    verifier.iterations(), stored.staffJson(), stored.lastOnlineLogin(), StaffVerifier.SCHEME_DERIVED);
            store.database().inTransaction(c -> {
                store.verifiers().save(c, upgraded);
                return null;
            });
            return secrets.wrappingKey();
        }
    }

    /** After a 401 or an offline login: log in again with the session's password. */
    @Override
    public boolean someoneLoggedIn() {
        return session.staff().isPresent() && dataKey.open();
    }

    @Override
    public boolean renew() {
        Optional<char[]> password = session.password();
        Optional<StaffMember> staff = session.staff();
        if (password.isEmpty() || staff.isEmpty()) {
            return false;
        }
        char[] secret = password.get();
        try {
            DeviceIdentity identity = store.database().inTransaction(store.syncState()::read).identity();
            LoginResponse response = calls.execute(connect.apply(identity.serverUrl())
                    .login(new LoginRequest(staff.get().username(), new String(secret))));
            try (StaffSecrets secrets = rememberVerifier(response.staff(), secret, null)) {
                byte[] wrappingKey = secrets.wrappingKey();
                try {
                    dataKey.rewrap(response.staff().username(), wrappingKey);
                } finally {
                    Arrays.fill(wrappingKey, (byte) 0);
                }
            }
            session.renewed(response.token(), response.expiresAt());
            takeActorKey(identity, response.staff().username());
            return true;
        } catch (SessionExpiredException | ServerRefusedException e) {
            return false;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /**
     * Fetches this person's actor-proof key for this desk (ADR 0032), keeps it wrapped under their
     * password for offline logins, and signs the session's commands with it. Without an answer the
     * desk keeps using the key it already holds for them, if any.
     */
    private void takeActorKey(DeviceIdentity identity, String username) {
        Optional<byte[]> wrappingKey = session.wrappingKey();
        try {
            JsonNode answer = calls.execute(connect.apply(identity.serverUrl()).actorKey());
            byte[] key = Base64.getDecoder().decode(answer.path("key").asText(""));
            if (key.length < 32) {
                throw new IllegalStateException("the server's actor key is too short");
            }
            wrappingKey.ifPresent(k -> keyring.put(username, StaffKeyring.ACTOR_PROOF_KEY, key, k));
            useActorKey(key);
        } catch (RuntimeException unavailable) {
            LOG.warn("no actor key from the server ({}); commands are attributed to whoever pushes them",
                    unavailable.getClass().getSimpleName());
            wrappingKey.flatMap(k -> keyring.open(username, StaffKeyring.ACTOR_PROOF_KEY, k))
                    .ifPresent(this::useActorKey);
        } finally {
            wrappingKey.ifPresent(k -> Arrays.fill(k, (byte) 0));
        }
    }

    /**
     * This desk's escrow key (ADR 0045), asked with the token of the login under way; null when the server
     * does not give it (then the login goes on as without escrow). Kept in memory for this login only.
     */
    private byte[] escrowKey(DeviceIdentity identity, String token) {
        try {
            JsonNode answer = calls.execute(connect.apply(identity.serverUrl()).deskEscrowKey("Bearer " + token));
            byte[] key = Base64.getDecoder().decode(answer.path("key").asText(""));
            if (key.length != 32) {
                throw new IllegalStateException("the server's escrow key is not 256 bits");
            }
            return key;
        } catch (RuntimeException unavailable) {
            LOG.warn("no escrow key from the server ({}); only this person's own copy of the data key can open it",
                    unavailable.getClass().getSimpleName());
            return null;
        }
    }

    private void useActorKey(byte[] key) {
        session.actorProofKey(key);
        Arrays.fill(key, (byte) 0);
    }

    /**
     * Logout, and the idle lock: the session and the desk's data key leave memory, and the server is asked to end the
     * session too, so that its token works nowhere (ADR 0142). That call runs on a thread of its own and may fail
     * (the desk may be offline): the token then simply expires.
     */
    public void logout() {
        Optional<String> token = session.token();
        session.end();
        dataKey.lock();
        token.ifPresent(this::endOnServer);
    }

    private void endOnServer(String token) {
        Thread ending = new Thread(() -> {
            try {
                DeviceIdentity identity = store.database().inTransaction(store.syncState()::read).identity();
                calls.execute(connect.apply(identity.serverUrl()).logout("Bearer " + token));
            } catch (RuntimeException notEnded) {
                LOG.info("the server session was not ended ({}); it expires by itself",
                        notEnded.getClass().getSimpleName());
            }
        }, "end-server-session");
        ending.setDaemon(true);
        ending.start();
    }

    /**
     * Stores the verifier of a password the server just accepted and returns the secrets it derives. The
     * salt of a verifier that still matches is kept, so the person's wrapping key stays the same and one
     * slow derivation serves the whole login; after a password change (or an older scheme) a new salt is
     * drawn and the secrets wrapped under the old key are forgotten, as they can no longer be opened.
     */
    private StaffSecrets rememberVerifier(StaffMember staff, char[] password, EarlyDerivation early) {
        Optional<StaffVerifier> stored = store.database().inTransaction(c -> store.verifiers().find(c,
                staff.username()));
        StaffSecrets secrets = null;
        byte[] salt = null;
        if (stored.isPresent() && stored.get().scheme() == StaffVerifier.SCHEME_DERIVED
                && stored.get().iterations() == verifier.iterations()) {
            salt = stored.get().salt();
            secrets = derive(early, password, salt, verifier.iterations());
            if (!MessageDigest.isEqual(secrets.verifier(), stored.get().hash())) {
                secrets.close();
                secrets = null;
            }
        }
        boolean fresh = secrets == null;
        if (fresh) {
            salt = verifier.newSalt();
            secrets = verifier.secrets(password, salt, verifier.iterations());
        }
        byte[] storedSalt = salt;
        byte[] hash = secrets.verifier();
        Instant now = clock.instant();
        String staffJson = writeStaff(staff);
        store.database().inTransaction(c -> {
            if (fresh) {
                store.wrappedSecrets().deleteAll(c, staff.username());
            }
            store.verifiers().save(c, new StaffVerifier(staff.username(), storedSalt, hash, verifier.iterations(),
                    staffJson, now, StaffVerifier.SCHEME_DERIVED));
            return null;
        });
        return secrets;
    }

    private String writeStaff(StaffMember staff) {
        try {
            return json.writeValueAsString(staff);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not store the staff member", e);
        }
    }

    private StaffMember readStaff(String text) {
        try {
            return json.readValue(text, StaffMember.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored staff member could not be read", e);
        }
    }
}
