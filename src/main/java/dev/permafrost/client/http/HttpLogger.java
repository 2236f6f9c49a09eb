package dev.permafrost.client.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the client's exchange log goes. Lines arrive already redacted. The default writes to the
 * SLF4J logger {@code dev.permafrost.client.http}: exchanges at DEBUG, headers at TRACE.
 */
public interface HttpLogger {

    /** Whether exchanges are wanted at all (checked before any line is built). */
    boolean logsExchanges();

    /** Whether header lines are wanted too. */
    boolean logsHeaders();

    void log(String line);

    /** The SLF4J logger {@code dev.permafrost.client.http}. */
    HttpLogger SLF4J = new HttpLogger() {
        private final Logger logger = LoggerFactory.getLogger("dev.permafrost.client.http");

        @Override
        public boolean logsExchanges() {
            return logger.isDebugEnabled();
        }

        @Override
        public boolean logsHeaders() {
            return logger.isTraceEnabled();
        }

        @Override
        public void log(String line) {
            if (line.startsWith(">") || line.startsWith("<")) {
                logger.trace(line);
            } else {
                logger.debug(line);
            }
        }
    };
}
