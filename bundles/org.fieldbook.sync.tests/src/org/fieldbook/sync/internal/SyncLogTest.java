package org.fieldbook.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.core.runtime.ILog;
import org.junit.jupiter.api.Test;

/** The sync engine logs whether or not its classes come from a bundle (plain class-path benchmarks). */
class SyncLogTest {

    @Test
    void aClassOutsideEveryBundleLogsThroughJavaLoggingWhereThePlatformRefuses() {
        assertThatThrownBy(() -> ILog.of(String.class)).as("the platform's log wants a bundle")
                .isInstanceOf(RuntimeException.class);
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger(String.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                records.add(entry);
            }

            @Override
            public void flush() {
                // nothing buffered
            }

            @Override
            public void close() {
                // nothing held
            }
        };
        logger.addHandler(handler);
        try {
            assertThatCode(() -> SyncLog.of(String.class).warn("The back office refused a $batch")).doesNotThrowAnyException();
        } finally {
            logger.removeHandler(handler);
        }
        assertThat(records).singleElement().satisfies(entry -> assertThat(entry.getMessage()).contains("refused a $batch"));
    }

    @Test
    void aClassOfTheBundleGetsThePlatformsLog() {
        assertThat(SyncLog.of(SyncLog.class).getBundle().getSymbolicName()).isEqualTo("org.fieldbook.sync");
    }
}
