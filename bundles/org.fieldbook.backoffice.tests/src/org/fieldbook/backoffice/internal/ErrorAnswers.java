package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks of error answers: Dataverse's JSON shape, and nothing of the server's insides. */
final class ErrorAnswers {

    /** Java names, library names, stack traces: what no answer may show. */
    static final Pattern INTERNALS = Pattern.compile("java\\.|Exception|\\w+Impl@|org\\.apache|org\\.fieldbook|org\\.eclipse"
            + "|com\\.fasterxml|StreamReadConstraints|\\tat ");

    private ErrorAnswers() {
    }

    /** @return the error's message, after checking the status, the JSON shape and that nothing internal shows */
    static String assertError(HttpResponse<String> response, int status) throws IOException {
        return assertError(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), status);
    }

    static String assertError(int actualStatus, String contentType, String body, int status) throws IOException {
        assertThat(actualStatus).as(body).isEqualTo(status);
        assertThat(contentType).as(body).startsWith("application/json");
        assertThat(body).doesNotContainPattern(INTERNALS);
        JsonNode error = WebApiSession.JSON.readTree(body).path("error");
        assertThat(error.path("code").asText()).as(body).matches("0x[0-9a-fA-F]{8}");
        assertThat(error.path("message").asText()).as(body).isNotBlank();
        return error.path("message").asText();
    }
}
