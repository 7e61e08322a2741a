package org.fieldbook.products.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless back office product, unpacked and started by its launch script. */
class BackOfficeProductSmokeTest {

    @TempDir
    Path folder;

    @Test
    void startsHeadlessAndAnswersTheServiceDocumentOnTheChosenPort() throws Exception {
        Path product = Products.unpackLinux(Products.BACK_OFFICE, folder);
        int port = FreePorts.loopback();
        try (LaunchedProduct backOffice = LaunchedProduct.start(product.resolve("backoffice.sh"),
                Map.of("HOME", folder.toString(), "FIELDBOOK_ADMIN_PASSWORD", "first admin"), "--port", String.valueOf(port))) {
            String serviceRoot = "http://127.0.0.1:" + port + "/api/data/v9.2/";
            backOffice.awaitLine("Fieldbook back office listening on " + serviceRoot, Duration.ofSeconds(60));

            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(serviceRoot)).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"msdyn_workorders\"", "\"bookableresourcebookings\"");
            assertThat(backOffice.output()).doesNotContain("!ENTRY org.eclipse.osgi 4", "Could not resolve module")
                    .contains("Created the first account: admin");
            assertThat(get(serviceRoot + "accounts", null).statusCode()).isEqualTo(401);
            HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=admin&password=first+admin")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
            String access = token.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
            assertThat(get(serviceRoot + "accounts", access).statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(String uri, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBadPortIsRefusedWithUsageAndAnErrorExitCode() throws Exception {
        Path product = Products.unpackLinux(Products.BACK_OFFICE, folder);
        try (LaunchedProduct backOffice = LaunchedProduct.start(product.resolve("backoffice.sh"),
                Map.of("HOME", folder.toString()), "--port", "eighty")) {
            backOffice.awaitLine("Not a port: 'eighty'", Duration.ofSeconds(60));
            assertThat(backOffice.awaitExit(Duration.ofSeconds(30))).isEqualTo(2);
        }
    }
}
