package org.fieldbook.sync.internal.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.fieldbook.sync.internal.MalformedResponseException;
import org.fieldbook.sync.internal.upload.BatchAnswer.Response;
import org.junit.jupiter.api.Test;

/** Change set bodies as the Web API expects them, and its answers read back: successes with ETags, the failed request by Content-ID. */
class BatchAnswerTest {

    private static final String TYPE = "multipart/mixed; boundary=batchresponse_1";

    @Test
    void aSuccessfulChangeSetAnswersEachRequestWithItsVersion() throws Exception {
        String body = "--batchresponse_1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_2\r\n\r\n"
                + "--changesetresponse_2\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: 2\r\n\r\n"
                + "HTTP/1.1 204 No Content\r\nETag: W/\"41\"\r\nOData-Version: 4.0\r\n\r\n\r\n"
                + "--changesetresponse_2\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: 1\r\n\r\n"
                + "HTTP/1.1 204 No Content\r\nETag: W/\"40\"\r\n\r\n\r\n"
                + "--changesetresponse_2--\r\n--batchresponse_1--\r\n";

        List<Response> responses = new BatchAnswer(TYPE, body).responses();

        assertThat(responses).extracting(Response::contentId, Response::status, Response::version)
                .containsExactly(tuple(2, 204, 41L), tuple(1, 204, 40L));
    }

    @Test
    void aFailedChangeSetNamesTheRequestWithDataversesError() throws Exception {
        String body = "--batchresponse_1\nContent-Type: application/http\nContent-Transfer-Encoding: binary\nContent-ID: 3\n\n"
                + "HTTP/1.1 412 Precondition Failed\nContent-Type: application/json\n\n"
                + "{\"error\":{\"code\":\"0x80060882\",\"message\":\"The version does not match\"}}\n--batchresponse_1--\n";

        assertThat(new BatchAnswer(TYPE, body).responses()).singleElement().satisfies(response -> {
            assertThat(response.failed()).isTrue();
            assertThat(response.contentId()).isEqualTo(3);
            assertThat(response.code()).isEqualTo("0x80060882");
            assertThat(response.message()).isEqualTo("The version does not match");
        });
    }

    @Test
    void aTruncatedAnswerIsMalformed() {
        String body = "--batchresponse_1\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n";

        assertThatThrownBy(() -> new BatchAnswer(TYPE, body).responses()).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("closing boundary");
    }

    @Test
    void aChangeSetBodyNumbersItsRequestsAndCarriesTheirVersions() {
        BatchBody body = BatchBody.changeSet(List.of(new UploadRequest("POST", "accounts", null, "{\"name\":\"A\"}".getBytes(StandardCharsets.UTF_8)),
                new UploadRequest("DELETE", "accounts(1)", "W/\"7\"", null)));
        String text = new String(body.bytes(), StandardCharsets.UTF_8);
        String batch = body.contentType().substring(body.contentType().indexOf("boundary=") + 9);

        assertThat(text).startsWith("--" + batch + "\r\nContent-Type: multipart/mixed;boundary=changeset_")
                .contains("Content-ID: 1\r\n\r\nPOST accounts HTTP/1.1\r\n", "Content-Type: application/json\r\n\r\n{\"name\":\"A\"}\r\n")
                .contains("Content-ID: 2\r\n\r\nDELETE accounts(1) HTTP/1.1\r\nAccept: application/json\r\nIf-Match: W/\"7\"\r\n\r\n")
                .endsWith("--\r\n--" + batch + "--\r\n");
    }
}
