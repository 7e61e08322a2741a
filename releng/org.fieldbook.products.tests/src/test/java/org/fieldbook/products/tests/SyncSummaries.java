package org.fieldbook.products.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.products.tests.WebApiAs.field;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The sync summaries a technician's device sent to the back office (rows on the device, edits waiting, the client's
 * version), read back through the Web API as that technician: what the admin console shows of a device.
 */
final class SyncSummaries {

    /** The newest summary of the technician's device. */
    record Summary(String clientVersion, int rowsOnDevice, int pendingEdits) {
    }

    private static final String LATEST = "fieldbook_syncsummaries?$select=fieldbook_clientversion,fieldbook_rowsondevice,"
            + "fieldbook_pendingedits&$orderby=" + URLEncoder.encode("fieldbook_finishedon desc", StandardCharsets.UTF_8) + "&$top=1";

    private final WebApiAs webApi;

    SyncSummaries(WebApiAs webApi) {
        this.webApi = webApi;
    }

    Summary latest() throws Exception {
        String body = webApi.get(LATEST);
        return new Summary(field(body, "fieldbook_clientversion", "\"([^\"]*)\""), Integer.parseInt(field(body, "fieldbook_rowsondevice", "(\\d+)")),
                Integer.parseInt(field(body, "fieldbook_pendingedits", "(\\d+)")));
    }

    /** Waits for a summary from a device that runs {@code version}. */
    Summary await(String version, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Summary latest = latest();
        while (!latest.clientVersion().equals(version) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            latest = latest();
        }
        assertThat(latest.clientVersion()).as("the client version the device reports").isEqualTo(version);
        return latest;
    }
}
