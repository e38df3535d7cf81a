package be.antwerpen.lom.client.downtime;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * PDFBox and FontBox log every font table they parse at DEBUG, which is logback's level when no
 * configuration file is present; that is tens of megabytes per test run. Until the client has a
 * logback-test.xml, the downtime tests turn those two loggers down to WARN themselves.
 */
final class QuietPdfBoxLogging {

    private QuietPdfBoxLogging() {
    }

    static void apply() {
        for (String name : new String[] {"org.apache.pdfbox", "org.apache.fontbox"}) {
            if (LoggerFactory.getLogger(name) instanceof Logger logger) {
                logger.setLevel(Level.WARN);
            }
        }
    }
}
