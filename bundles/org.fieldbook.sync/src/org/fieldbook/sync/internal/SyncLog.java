package org.fieldbook.sync.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The sync engine's log: the platform's ({@link ILog}) inside OSGi. The benchmarks and the load simulation
 * run the engine on a plain class path, where {@code ILog.of} refuses a class without a bundle; there the
 * entries go to {@code java.util.logging} instead of failing the sync that wanted to log.
 */
public final class SyncLog {

    private SyncLog() {
    }

    public static ILog of(Class<?> type) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        return bundle == null ? new PlainLog(Logger.getLogger(type.getName())) : ILog.of(bundle);
    }

    /** An {@link ILog} over a {@code java.util.logging} logger, for a class outside OSGi. */
    private record PlainLog(Logger logger) implements ILog {

        @Override
        public void log(IStatus status) {
            Level level = switch (status.getSeverity()) {
            case IStatus.ERROR -> Level.SEVERE;
            case IStatus.WARNING -> Level.WARNING;
            default -> Level.INFO;
            };
            logger.log(level, status.getMessage(), status.getException());
        }

        // ILog's own versions of these name the entry by its bundle, which a plain class path has not.
        @Override
        public void info(String message) {
            logger.info(message);
        }

        @Override
        public void info(String message, Throwable cause) {
            logger.log(Level.INFO, message, cause);
        }

        @Override
        public void warn(String message) {
            logger.warning(message);
        }

        @Override
        public void warn(String message, Throwable cause) {
            logger.log(Level.WARNING, message, cause);
        }

        @Override
        public void error(String message) {
            logger.severe(message);
        }

        @Override
        public void error(String message, Throwable cause) {
            logger.log(Level.SEVERE, message, cause);
        }

        @Override
        public Bundle getBundle() {
            return null;
        }

        @Override
        public void addLogListener(ILogListener listener) {
            // Only the platform's log has listeners.
        }

        @Override
        public void removeLogListener(ILogListener listener) {
            // Only the platform's log has listeners.
        }
    }
}
