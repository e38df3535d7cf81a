package be.antwerpen.lom.client.install;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.store.PrivateModes;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/**
 * The desk's logging configured in code (ADR 0132) writes the same lines to the same places at the same levels as
 * the two XML files it replaces (kept under {@code src/test/resources/logging} as the reference), and steps aside
 * when a logback file is given.
 */
class DeskLogConfigurationTest {

    @TempDir
    Path temp;

    @Test
    void the_installed_desk_logs_to_its_private_file_what_the_packaged_xml_logged() throws Exception {
        Path codeLogs = temp.resolve("code").resolve("logs");
        Path xmlLogs = temp.resolve("xml").resolve("logs");
        Properties installed = properties(DeskLauncherMain.LOG_DIR_PROPERTY, codeLogs.toString());

        List<String> byCode = fileLines(configuredInCode(installed), codeLogs, DeskLogConfigurationTest::someLines);
        List<String> byXml = fileLines(configuredByXml("logback-desk-before.xml", DeskLauncherMain.LOG_DIR_PROPERTY,
                xmlLogs.toString()), xmlLogs, DeskLogConfigurationTest::someLines);

        assertThat(byCode).isEqualTo(byXml)
                .containsExactly("INFO  [main] desk.start - info line", "WARN  [main] desk.start - warn line",
                        "WARN  [main] org.flywaydb.core.Flyway - flyway warn", "WARN  [main] okhttp3.OkHttpClient - okhttp warn");
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PrivateModes.mode(codeLogs.resolve("desk.log"))).isEqualTo("rw-------");
        }
    }

    @Test
    void the_file_rolls_daily_and_at_10_mb_and_keeps_30_days_within_200_mb_as_before() {
        LoggerContext context = configuredInCode(properties(DeskLauncherMain.LOG_DIR_PROPERTY,
                temp.resolve("logs").toString()));
        var appender = (PrivateRollingFileAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE");
        var rolling = (SizeAndTimeBasedRollingPolicy<?>) appender.getRollingPolicy();

        assertThat(appender.getFile()).isEqualTo(temp.resolve("logs").resolve("desk.log").toString());
        assertThat(rolling.getFileNamePattern())
                .isEqualTo(temp.resolve("logs").resolve("desk.%d{yyyy-MM-dd}.%i.log.gz").toString());
        assertThat(rolling.getMaxHistory()).isEqualTo(30);
        assertThat(appender.getTriggeringPolicy()).isSameAs(rolling);
        assertThat(rolling.isStarted()).isTrue();
        context.stop();
    }

    @Test
    void the_log_level_setting_sets_the_root_level_and_a_bad_one_falls_back_to_info() throws Exception {
        Path logs = temp.resolve("logs");
        Properties debug = properties(DeskLauncherMain.LOG_DIR_PROPERTY, logs.toString());
        debug.setProperty(DeskLauncherMain.LOG_LEVEL_PROPERTY, "DEBUG");
        assertThat(fileLines(configuredInCode(debug), logs, DeskLogConfigurationTest::someLines))
                .startsWith("DEBUG [main] desk.start - debug line");

        Properties bad = properties(DeskLauncherMain.LOG_LEVEL_PROPERTY, "luid");
        LoggerContext context = configuredInCode(bad);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
        context.stop();
    }

    @Test
    void without_a_log_folder_the_desk_logs_to_the_console_as_its_jar_s_xml_did() throws Exception {
        List<String> byCode = consoleLines(() -> configuredInCode(new Properties()));
        List<String> byXml = consoleLines(() -> configuredByXml("logback-console-before.xml", "unused", "unused"));

        assertThat(byCode).isEqualTo(byXml).hasSize(4).contains("INFO  [main] desk.start - info line");
        LoggerContext context = configuredInCode(new Properties());
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE"))
                .isInstanceOf(ConsoleAppender.class);
        context.stop();
    }

    @Test
    void a_logback_file_given_or_on_the_class_path_wins() {
        LoggerContext context = context();
        DeskLogConfiguration given = new DeskLogConfiguration(
                properties("logback.configurationFile", "/etc/loket-op-maat/logback.xml"), name -> false);
        given.setContext(context);
        assertThat(given.configure(context)).isEqualTo(Configurator.ExecutionStatus.NEUTRAL);

        DeskLogConfiguration tests = new DeskLogConfiguration(new Properties(), "logback-test.xml"::equals);
        assertThat(tests.configure(context)).isEqualTo(Configurator.ExecutionStatus.NEUTRAL);
        DeskLogConfiguration server = new DeskLogConfiguration(new Properties(), "logback.xml"::equals);
        assertThat(server.configure(context)).isEqualTo(Configurator.ExecutionStatus.NEUTRAL);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();

        DeskLogConfiguration none = new DeskLogConfiguration(new Properties(), name -> false);
        assertThat(none.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        context.stop();
    }

    @Test
    void logback_finds_it_as_a_service_and_no_logback_xml_is_left_in_the_desk_s_resources() throws Exception {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(p -> p.type().getName()))
                .contains(DeskLogConfiguration.class.getName());
        // the test class path holds logback-test.xml (the suite's quiet levels) and the server's logback.xml
        String desk = DeskLogConfiguration.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertThat(java.util.Collections.list(getClass().getClassLoader().getResources("logback.xml")))
                .map(Object::toString).noneMatch(url -> url.contains(desk));
    }

    private static void someLines(LoggerContext context) {
        org.slf4j.Logger desk = context.getLogger("desk.start");
        desk.debug("debug line");
        desk.info("info line");
        desk.warn("warn line");
        context.getLogger("org.flywaydb.core.Flyway").info("flyway info");
        context.getLogger("org.flywaydb.core.Flyway").warn("flyway warn");
        context.getLogger("okhttp3.OkHttpClient").info("okhttp info");
        context.getLogger("okhttp3.OkHttpClient").warn("okhttp warn");
    }

    private static LoggerContext context() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        return context;
    }

    private static LoggerContext configuredInCode(Properties properties) {
        LoggerContext context = context();
        DeskLogConfiguration configuration = new DeskLogConfiguration(properties, name -> false);
        configuration.setContext(context);
        assertThat(configuration.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        return context;
    }

    private static LoggerContext configuredByXml(String reference, String property, String value) {
        LoggerContext context = context();
        context.putProperty(property, value);
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        try {
            joran.doConfigure(DeskLogConfigurationTest.class.getResource("/logging/" + reference));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return context;
    }

    /** The lines written, without their time stamps (the two patterns' first one or two fields). */
    private static List<String> fileLines(LoggerContext context, Path logs, Consumer<LoggerContext> logging)
            throws Exception {
        logging.accept(context);
        context.stop();
        return Files.readAllLines(logs.resolve("desk.log")).stream()
                .map(line -> line.replaceFirst("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} ", ""))
                .collect(Collectors.toList());
    }

    private static List<String> consoleLines(java.util.function.Supplier<LoggerContext> configured) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LoggerContext context = configured.get();
            someLines(context);
            context.stop();
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8).lines()
                .map(line -> line.replaceFirst("^\\d{2}:\\d{2}:\\d{2}\\.\\d{3} ", ""))
                .collect(Collectors.toList());
    }

    private static Properties properties(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }
}
