package be.antwerpen.lom.client.install;

import java.util.Arrays;
import java.util.Optional;

/** A setting an IT department can pre-seed, with its key in a settings file and its command-line option. */
public enum DeskSetting {
    SERVER_URL("server.url", "--server"),
    LOCATION("desk.location", "--location"),
    DESK_NAME("desk.name", "--desk"),
    LANGUAGE("language", "--lang"),
    DATA_DIR("data.dir", "--data-dir"),
    OFFLINE_GRACE_HOURS("offline.grace.hours", "--offline-grace-hours"),
    IDLE_LOCK_MINUTES("idle.lock.minutes", "--idle-lock-minutes"),
    TRUST_STORE("trust.store", "--trust-store"),
    TRUST_STORE_PASSWORD("trust.store.password", "--trust-store-password"),
    LOG_LEVEL("log.level", "--log-level");

    private final String key;
    private final String option;

    DeskSetting(String key, String option) {
        this.key = key;
        this.option = option;
    }

    /** The key in {@code loket-op-maat.properties} / {@code desk.properties}. */
    public String key() {
        return key;
    }

    /** The command-line option. */
    public String option() {
        return option;
    }

    static Optional<DeskSetting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    static Optional<DeskSetting> byOption(String option) {
        return Arrays.stream(values()).filter(s -> s.option.equals(option)).findFirst();
    }
}
