package org.fieldbook.sync.internal.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.EClass;
import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.demo.DemoData;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.BookableResource;
import org.fieldbook.model.Booking;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.IncidentType;
import org.fieldbook.model.WorkOrder;
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
 * Dataverse's Other data filter against a real back office: tech1 is in the team north, tech2 in the team south, and
 * the published profile takes incident types owned by the technician or their teams, or changed in the last 30
 * days, and work orders the technician owns. Each device holds exactly those rows; a row reassigned in the office
 * moves from one device to the other, one changed in the office today comes to both, and one that leaves a device's
 * filter stays while it carries the technician's unsynced edit. Products get a filter the device cannot evaluate.
 */
class OtherDataFilterSyncTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EClass INCIDENT_TYPES = FieldbookPackage.Literals.INCIDENT_TYPE;
    private static final EClass WORK_ORDERS = FieldbookPackage.Literals.WORK_ORDER;

    @RegisterExtension
    final BackOfficeOnLoopback backOffice = new BackOfficeOnLoopback();

    @TempDir
    Path folder;

    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new HashMap<>();
    private DemoData demo;
    private List<IncidentType> incidentTypes;
    private String north;
    private String south;
    private Device tech1;
    private Device tech2;

    @BeforeEach
    void officeWithTwoTeams() throws Exception {
        demo = new DemoDataGenerator(5, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC).generate(new DemoSize(3, 60, 15, 10));
        Instant longAgo = Instant.now().minus(90, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        incidentTypes = demo.rows(INCIDENT_TYPES);
        incidentTypes.forEach(type -> {
            type.setCreatedOn(longAgo);
            type.setModifiedOn(longAgo);
        });
        north = teamIdOf("north");
        south = teamIdOf("south");
        incidentTypes.get(0).setOwnerId(user(0));
        incidentTypes.get(1).setOwnerId(north);
        incidentTypes.get(2).setOwnerId(south);
        incidentTypes.get(3).setOwnerId(user(1));
        for (int technician = 0; technician < 2; technician++) {
            String owner = user(technician);
            Set<String> theirs = workOrdersOf(technician);
            demo.<WorkOrder>rows(WORK_ORDERS).stream().filter(row -> theirs.contains(row.getId())).forEach(row -> row.setOwnerId(owner));
        }
        backOffice.server().loadDemoData(demo);
        admin("PUT", "teams/north/members/tech1", null);
        admin("PUT", "teams/south/members/tech2", null);
        assertThat(teamId("tech1")).isEqualTo(north);
        publishOtherDataFilters();
        tech1 = Device.signedIn(backOffice.serviceRoot(), folder.resolve("tech1"), "tech1");
        tech2 = Device.signedIn(backOffice.serviceRoot(), folder.resolve("tech2"), "tech2");
    }

    @AfterEach
    void close() throws Exception {
        tech1.close();
        tech2.close();
    }

    @Test
    void eachTechnicianHoldsTheRowsOfThemselvesAndTheirTeam() throws Exception {
        tech1.download();
        tech2.download();

        assertThat(held(tech1, INCIDENT_TYPES)).containsExactlyInAnyOrder(id(0), id(1));
        assertThat(held(tech2, INCIDENT_TYPES)).containsExactlyInAnyOrder(id(2), id(3));
        assertThat(held(tech1, WORK_ORDERS)).isNotEmpty().isEqualTo(workOrdersOf(0));
        assertThat(held(tech2, WORK_ORDERS)).isNotEmpty().isEqualTo(workOrdersOf(1));
    }

    /** Products' filter is served as FetchXML's {@code like}, which devices do not evaluate: only that table is skipped. */
    @Test
    void anOperatorTheDeviceDoesNotKnowSkipsItsTableWithAnErrorNamingIt() throws Exception {
        tech1.download();

        assertThat(held(tech1, FieldbookPackage.Literals.PRODUCT)).isEmpty();
        assertThat(tech1.store().syncErrors().unresolved()).singleElement().satisfies(error -> {
            assertThat(error.getTableName()).isEqualTo("product");
            assertThat(error.getMessage()).contains("'like'");
        });
        assertThat(held(tech1, FieldbookPackage.Literals.BOOKING_STATUS)).isNotEmpty();
        assertThat(held(tech1, INCIDENT_TYPES)).isNotEmpty();
    }

    /** Assigning a row changes it, so the reassigned one is also tech1's as a row changed in the last 30 days. */
    @Test
    void aRowChangedInTheOfficeTodayComesToBothAndAReassignedOneToItsNewTeam() throws Exception {
        tech1.download();
        tech2.download();

        dispatcher("PATCH", "msdyn_incidenttypes(" + id(1) + ")", "{\"_ownerid_value\":\"" + south + "\"}");
        dispatcher("PATCH", "msdyn_incidenttypes(" + id(4) + ")", "{\"msdyn_description\":\"Changed in the office today\"}");
        tech1.download();
        tech2.download();

        assertThat(held(tech1, INCIDENT_TYPES)).containsExactlyInAnyOrder(id(0), id(1), id(4));
        assertThat(held(tech2, INCIDENT_TYPES)).containsExactlyInAnyOrder(id(1), id(2), id(3), id(4));
    }

    @Test
    void ownershipGrantsNoAccessAndARowWithUnsyncedEditsStays() throws Exception {
        tech1.download();
        List<String> mine = List.copyOf(workOrdersOf(0));
        WorkOrder edited = tech1.store().records().<WorkOrder>find(WORK_ORDERS, mine.get(0)).orElseThrow();
        edited.setInstructions("Typed on the tablet");
        tech1.store().edits().update(edited);

        dispatcher("PATCH", "msdyn_workorders(" + mine.get(0) + ")", "{\"_ownerid_value\":\"" + user(1) + "\"}");
        dispatcher("PATCH", "msdyn_workorders(" + mine.get(1) + ")", "{\"_ownerid_value\":\"" + user(1) + "\"}");
        tech1.download();
        tech2.download();

        assertThat(held(tech1, WORK_ORDERS)).as("the edited one stays, the other left").contains(mine.get(0)).doesNotContain(mine.get(1));
        assertThat(held(tech2, WORK_ORDERS)).as("tech2 owns them now but reaches neither").doesNotContain(mine.get(0), mine.get(1))
                .isEqualTo(workOrdersOf(1));
    }

    /** The shipped profile, its incident types and work orders switched to Other data filters, published. */
    private void publishOtherDataFilters() throws Exception {
        String profile = StreamSupport.stream(admin("GET", "profiles", null).path("value").spliterator(), false)
                .filter(summary -> summary.path("managed").asBoolean()).findFirst().orElseThrow().path("mobileofflineprofileid").asText();
        admin("PATCH", "profiles/" + profile + "/items/msdyn_incidenttype", "{\"recorddistributioncriteria\":2,"
                + "\"recordsownedbyme\":true,\"recordsownedbymyteam\":true,"
                + "\"profileitementityfilter\":\"Microsoft.Dynamics.CRM.LastXDays(PropertyName='modifiedon',PropertyValue=30)\"}");
        admin("PATCH", "profiles/" + profile + "/items/msdyn_workorder", "{\"recorddistributioncriteria\":2,\"recordsownedbyme\":true}");
        admin("PATCH", "profiles/" + profile + "/items/product", "{\"recorddistributioncriteria\":3,"
                + "\"profileitementityfilter\":\"contains(name,'a')\"}");
        admin("POST", "profiles/" + profile + "/publish", null);
    }

    /** @return the work orders of the technician's bookings, which the office's data gives them */
    private Set<String> workOrdersOf(int technician) {
        String resource = demo.rows(FieldbookPackage.Literals.BOOKABLE_RESOURCE).stream()
                .filter(row -> user(technician).equals(((BookableResource) row).getUserId())).findFirst()
                .orElseThrow().getId();
        return demo.<Booking>rows(FieldbookPackage.Literals.BOOKING).stream()
                .filter(booking -> booking.getResource().getId().equals(resource) && booking.getWorkOrder() != null)
                .map(booking -> booking.getWorkOrder().getId()).collect(Collectors.toSet());
    }

    private String id(int incidentType) {
        return incidentTypes.get(incidentType).getId();
    }

    private String user(int technician) {
        return demo.technicianUserIds().get(technician);
    }

    /** @return an access token of the demo account {@code user}, signed in once: each sign-in hashes the password */
    private String token(String user) throws Exception {
        String token = tokens.get(user);
        if (token == null) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(backOffice.server().tokenEndpoint())
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                            "grant_type=password&username=" + user + "&password=" + BackOfficeServer.DEMO_PASSWORD))
                    .build(), HttpResponse.BodyHandlers.ofString());
            token = JSON.readTree(answer.body()).path("access_token").asText();
            tokens.put(user, token);
        }
        return token;
    }

    private static Set<String> held(Device device, EClass table) {
        return device.store().records().versions(table).keySet();
    }

    /** @return the id the back office gives a team: a name-based UUID (docs/backoffice.md), checked against what devices read */
    private static String teamIdOf(String name) {
        return UUID.nameUUIDFromBytes(("team/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** @return the id of the one team of {@code technician}, as their device reads it */
    private String teamId(String technician) throws Exception {
        JsonNode teams = web(technician, "GET", "teammemberships?$select=teamid", null).path("value");
        assertThat(teams).hasSize(1);
        return teams.get(0).path("teamid").asText();
    }

    private void dispatcher(String method, String path, String body) throws Exception {
        web("dispatcher", method, path, body);
    }

    private JsonNode web(String user, String method, String path, String body) throws Exception {
        return send(user, backOffice.serviceRoot().resolve(path), method, body);
    }

    private JsonNode admin(String method, String path, String body) {
        try {
            return send("admin", backOffice.serviceRoot().resolve("/fieldbook/v1/" + path), method, body);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    private JsonNode send(String user, URI uri, String method, String body) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + uri + ": " + response.body()).isBetween(200, 204);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
