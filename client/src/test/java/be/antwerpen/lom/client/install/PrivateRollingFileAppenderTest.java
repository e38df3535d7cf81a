package be.antwerpen.lom.client.install;

import static be.antwerpen.lom.client.store.PrivateModes.mode;
import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.store.PrivateModes;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installed desk's log appender: the log, the file opened after a rollover and the archives are 0600. */
class PrivateRollingFileAppenderTest {

    @TempDir
    Path temp;

    private final LoggerContext context = new LoggerContext();
    private PrivateRollingFileAppender<ILoggingEvent> appender;

    @BeforeEach
    void posixOnly() {
        PrivateModes.assumePosix();
        context.setMDCAdapter(new LogbackMDCAdapter());
    }

    @AfterEach
    void stop() {
        if (appender != null) {
            appender.stop();
        }
        context.stop();
    }

    @Test
    void the_log_the_log_after_each_rollover_and_the_compressed_archives_are_for_the_user_only() throws Exception {
        Path logs = temp.resolve("data").resolve("logs");
        appender = appender(logs);
        log("first line");

        appender.rollover();
        log("after the first rollover");
        appender.rollover();
        log("after the second rollover");

        try (Stream<Path> files = Files.list(logs)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("desk.log", "desk.1.log.gz", "desk.2.log.gz");
        }
        assertThat(mode(temp.resolve("data"))).isEqualTo("rwx------");
        assertThat(PrivateModes.assertAllPrivate(logs)).isEqualTo(3);
        appender.stop();
        assertThat(Files.readString(logs.resolve("desk.log"))).contains("after the second rollover");
    }

    @Test
    void files_in_the_folder_not_named_after_the_log_are_left_alone() throws Exception {
        Path logs = Files.createDirectories(temp.resolve("logs"));
        Path other = Files.writeString(logs.resolve("notes.txt"), "an operator's file");
        PrivateModes.widen(other);
        PrivateModes.widen(logs);

        appender = appender(logs);
        log("line");

        assertThat(mode(other)).isEqualTo("rw-r--r--");
        assertThat(mode(logs)).as("an existing folder is the launcher's to prepare").isEqualTo("rwxr-xr-x");
        assertThat(mode(logs.resolve("desk.log"))).isEqualTo("rw-------");
    }

    private PrivateRollingFileAppender<ILoggingEvent> appender(Path logs) {
        PrivateRollingFileAppender<ILoggingEvent> rolling = new PrivateRollingFileAppender<>();
        rolling.setContext(context);
        rolling.setFile(logs.resolve("desk.log").toString());
        FixedWindowRollingPolicy policy = new FixedWindowRollingPolicy();
        policy.setContext(context);
        policy.setParent(rolling);
        policy.setFileNamePattern(logs.resolve("desk.%i.log.gz").toString());
        policy.setMinIndex(1);
        policy.setMaxIndex(3);
        policy.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        rolling.setRollingPolicy(policy);
        rolling.setTriggeringPolicy(trigger);
        rolling.setEncoder(encoder);
        rolling.start();
        assertThat(rolling.isStarted()).isTrue();
        return rolling;
    }

    private void log(String message) {
        LoggingEvent event = new LoggingEvent("test", context.getLogger("test"), Level.INFO, message, null, null);
        appender.doAppend(event);
    }
}
