package org.sitrep.store.jdbc;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Sends Flyway's messages to {@code java.util.logging} with its progress reports demoted to {@link Level#FINE}, so
 * that opening a store prints nothing unless something is wrong; warnings and errors keep their level.
 *
 * <p>Flyway instantiates this class by name ({@code loggers} setting), so it is public with a public no-argument
 * constructor. Thread safety: stateless. Failure: never throws.
 */
public final class FlywayLogs implements LogCreator {

    @Override
    public Log createLogger(Class<?> clazz) {
        Logger logger = Logger.getLogger(clazz.getName());
        return new Log() {
            @Override
            public boolean isDebugEnabled() {
                return logger.isLoggable(Level.FINEST);
            }

            @Override
            public void debug(String message) {
                logger.finest(message);
            }

            @Override
            public void info(String message) {
                logger.fine(message);
            }

            @Override
            public void warn(String message) {
                logger.warning(message);
            }

            @Override
            public void error(String message) {
                logger.severe(message);
            }

            @Override
            public void error(String message, Exception e) {
                logger.log(Level.SEVERE, message, e);
            }

            @Override
            public void notice(String message) {
                logger.fine(message);
            }
        };
    }
}
