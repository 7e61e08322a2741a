package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.fieldbook.backoffice.demo.DemoSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A back office closed to devices answers {@code /fieldbook/v1/} for administrators only: a technician's device then
 * learns who it is and its profile through the Dataverse Web API, as against a real organization.
 */
class FieldbookApiClosedToDevicesTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(7, DemoSize.small()).withFieldbookApiClosedToDevices();

    @Test
    void aTechnicianIsRefusedThereAndPointedToTheWebApi() throws Exception {
        WebApiSession tech1 = BACK_OFFICE.demoUser("tech1");

        for (String path : new String[] { "me", "me/profile", "profiles" }) {
            HttpResponse<String> refused = tech1.fieldbookApi().get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).contains("/api/data/v9.2/").doesNotContain("Exception");
        }
        assertThat(tech1.json("WhoAmI()").path("UserId").asText()).isNotEmpty();
    }

    @Test
    void aDispatcherIsRefusedTooAndAnAdministratorStillManages() throws Exception {
        assertThat(BACK_OFFICE.demoUser("dispatcher").fieldbookApi().get("me").statusCode()).isEqualTo(403);

        WebApiSession admin = BACK_OFFICE.demoUser("admin").fieldbookApi();
        assertThat(admin.get("profiles").statusCode()).isEqualTo(200);
        assertThat(admin.get("users").statusCode()).isEqualTo(200);
    }
}
