package be.antwerpen.lom.client.install;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The desk's logging, configured in code (logback finds it as a service, {@code META-INF/services}) instead of
 * by an XML file: logback's XML reader and the JDK's XML parser are some 700 classes that every start loaded
 * before the window (issue 16, ADR 0132). It writes what the two XML files did:
 * <ul>
 *     <li>installed desk ({@link DeskLauncherMain} sets {@value DeskLauncherMain#LOG_DIR_PROPERTY}): the file
 *     {@code desk.log} in that folder, kept private ({@link PrivateRollingFileAppender}), rolled daily and at
 *     10 MB into {@code desk.<date>.<n>.log.gz}, 30 days and 200 MB at most;</li>
 *     <li>otherwise ({@code java -jar}, {@code run-demo.sh}): the console;</li>
 *     <li>both: the root at {@value DeskLauncherMain#LOG_LEVEL_PROPERTY} (INFO when unset or not a level),
 *     Flyway and okhttp at WARN. Messages are the code's own: nothing here adds personal data.</li>
 * </ul>
 * A logback file still wins: given with {@code -Dlogback.configurationFile}, or a {@code logback.xml} or
 * {@code logback-test.xml} on the class path (the tests', or the server's where both programs share a class
 * path as in the benches); then this configuration steps aside and logback reads that file as before.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class DeskLogConfiguration extends ContextAwareBase implements Configurator {

    static final String CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    static final String LOG_FILE = "desk.log";
    private static final String[] LOGBACK_FILES = {"logback-test.xml", "logback.xml"};

    private final Properties properties;
    private final Predicate<String> resourceExists;

    /** As logback makes it: the system properties and the class path of this class. */
    public DeskLogConfiguration() {
        this(System.getProperties(), name -> DeskLogConfiguration.class.getClassLoader().getResource(name) != null);
    }

    DeskLogConfiguration(Properties properties, Predicate<String> resourceExists) {
        this.properties = properties;
        this.resourceExists = resourceExists;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (logbackFileGiven()) {
            return ExecutionStatus.NEUTRAL;
        }
        String folder = properties.getProperty(DeskLauncherMain.LOG_DIR_PROPERTY);
        Appender<ILoggingEvent> appender = folder == null ? console(context) : file(context, Path.of(folder));
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("okhttp3").setLevel(Level.WARN);
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(properties.getProperty(DeskLauncherMain.LOG_LEVEL_PROPERTY), Level.INFO));
        root.addAppender(appender);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private boolean logbackFileGiven() {
        if (properties.getProperty("logback.configurationFile") != null) {
            return true;
        }
        for (String name : LOGBACK_FILES) {
            if (resourceExists.test(name)) {
                return true;
            }
        }
        return false;
    }

    private static Appender<ILoggingEvent> console(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder(context, CONSOLE_PATTERN));
        console.start();
        return console;
    }

    private static Appender<ILoggingEvent> file(LoggerContext context, Path folder) {
        PrivateRollingFileAppender<ILoggingEvent> file = new PrivateRollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder.resolve(LOG_FILE).toString());
        file.setEncoder(encoder(context, FILE_PATTERN));
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder.resolve("desk.%d{yyyy-MM-dd}.%i.log.gz").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(30);
        rolling.setTotalSizeCap(FileSize.valueOf("200MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.start();
        return file;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
