package org.fieldbook.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.store.ConfigurationDocuments;
import org.fieldbook.sync.internal.faults.Device;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The profile's reads asked ahead from what the device knew: an unchanged profile is answered from the batch alone, and a
 * profile assigned since still reaches the device, its reads sent on their own.
 */
class ProfileSourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final BackOfficeOnLoopback backOffice = new BackOfficeOnLoopback();

    @TempDir
    Path folder;

    private Device device;
    private ProfileSource profiles;

    @BeforeEach
    void signIn() throws Exception {
        backOffice.server().loadDemoData(new DemoDataGenerator(13, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC).generate(DemoSize.small()));
        device = Device.signedIn(backOffice.serviceRoot(), folder, "tech1");
        profiles = new ProfileSource(device.http(), device.serviceRoot(), device.store().configuration());
    }

    @AfterEach
    void close() throws Exception {
        device.close();
    }

    @Test
    void aDeviceThatKnowsNoProfileAsksNothingAhead() {
        assertThat(profiles.reads(Optional.empty())).isEmpty();
    }

    @Test
    void anUnchangedProfileIsReadFromTheBatchAndEqualsTheOneReadAlone() throws Exception {
        DeviceProfile alone = profiles.fetch(ReadsAhead.none());
        ReadsAhead ahead = ReadsAhead.ask(device.http(), device.serviceRoot(), profiles.reads(profiles.cached()));

        DeviceProfile batched = profiles.fetch(ahead);

        assertThat(batched.toJson()).isEqualTo(alone.toJson());
        assertThat(profiles.reads(Optional.of(batched))).as("every read taken from the batch, none left over")
                .allMatch(read -> ahead.take(device.serviceRoot().resolve(read.link()), read.prefer()).isEmpty());
    }

    @Test
    void theDeviceWritesItsCopyOfTheProfileOnlyWhenTheProfileChanged() throws Exception {
        List<String> saved = new ArrayList<>();
        ConfigurationDocuments documents = device.store().configuration();
        ProfileSource counted = new ProfileSource(device.http(), device.serviceRoot(), new ConfigurationDocuments() {
            @Override
            public void save(String name, String document) {
                saved.add(name);
                documents.save(name, document);
            }

            @Override
            public Optional<String> load(String name) {
                return documents.load(name);
            }
        });
        DeviceProfile first = counted.fetch(ReadsAhead.none());
        counted.fetch(ReadsAhead.ask(device.http(), device.serviceRoot(), counted.reads(counted.cached())));
        assertThat(saved).as("the second cycle found the same profile").containsExactly(ProfileSource.DOCUMENT);

        admin("PATCH", "profiles/" + first.profile().getId() + "/items/msdyn_workorder", "{\"syncintervalinminutes\":45}");
        admin("POST", "profiles/" + first.profile().getId() + "/publish", null);
        counted.fetch(ReadsAhead.ask(device.http(), device.serviceRoot(), counted.reads(counted.cached())));

        assertThat(saved).hasSize(2);
        assertThat(ProfileSource.cached(documents).orElseThrow().profile().getItems().stream()
                .filter(item -> item.getTableName().equals("msdyn_workorder")).findFirst().orElseThrow().getSyncIntervalMinutes())
                .isEqualTo(45);
    }

    @Test
    void aProfileAssignedSinceReachesTheDeviceThoughItsReadsWereAskedAheadForTheOldOne() throws Exception {
        DeviceProfile before = profiles.fetch(ReadsAhead.none());
        String copy = admin("POST", "profiles/" + before.profile().getId() + "/copy", "{\"name\":\"Night shift\"}")
                .path("mobileofflineprofileid").asText();
        admin("PATCH", "profiles/" + copy + "/items/msdyn_workorder", "{\"syncintervalinminutes\":30}");
        admin("POST", "profiles/" + copy + "/publish", null);
        admin("PUT", "assignments/users/tech1", "{\"profileid\":\"" + copy + "\",\"move\":true}");
        ReadsAhead ahead = ReadsAhead.ask(device.http(), device.serviceRoot(), profiles.reads(profiles.cached()));

        DeviceProfile after = profiles.fetch(ahead);

        assertThat(after.profile().getId()).isEqualTo(copy).isNotEqualTo(before.profile().getId());
        assertThat(after.profile().getItems().stream().filter(item -> item.getTableName().equals("msdyn_workorder")).findFirst()
                .orElseThrow().getSyncIntervalMinutes()).isEqualTo(30);
        assertThat(ProfileSource.cached(device.store().configuration()).orElseThrow().profile().getId()).isEqualTo(copy);
    }

    /** An administrator's call to Fieldbook's own API, which stays open to administrators. */
    private JsonNode admin(String method, String path, String body) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> token = client.send(HttpRequest.newBuilder(backOffice.server().tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&username=admin&password=" + BackOfficeServer.DEMO_PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());
        String access = JSON.readTree(token.body()).path("access_token").asText();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(backOffice.serviceRoot().resolve("/fieldbook/v1/" + path))
                .header("Authorization", "Bearer " + access).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 204);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
