package org.fieldbook.backoffice.internal.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.dataverse.ProfileJson;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Profiles as JSON with Dataverse's column names. */
class ProfileJsonTest {

    private static final Instant PUBLISHED_ON = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void aProfileSurvivesTheRoundTrip() {
        OfflineProfile profile = EcoreUtil.copy(ShippedProfile.load().profile());
        Definitions.assignIds(profile, profile.getId());
        profile.setPublished(true);

        OfflineProfile read = ProfileJson.read(ProfileJson.toJson(profile, PUBLISHED_ON));
        Definitions.assignIds(read, read.getId()); // associations carry no key on the wire; it is derived

        assertThat(EcoreUtil.equals(read, profile)).as(ProfileJson.toJson(read, PUBLISHED_ON)).isTrue();
        assertThat(ProfileJson.toJson(read, PUBLISHED_ON)).isEqualTo(ProfileJson.toJson(profile, PUBLISHED_ON));
    }

    @Test
    void fieldsAreDataverseColumns() throws Exception {
        OfflineProfile profile = EcoreUtil.copy(ShippedProfile.load().profile());
        Definitions.assignIds(profile, profile.getId());

        JsonNode json = new ObjectMapper().readTree(ProfileJson.toJson(profile, PUBLISHED_ON));

        assertThat(json.path("mobileofflineprofileid").asText()).isEqualTo(profile.getId());
        assertThat(json.path("name").asText()).isEqualTo("Field Service Mobile - Offline Profile");
        assertThat(json.path("published").isBoolean()).isTrue();
        assertThat(json.path("publishedon").asText()).isEqualTo("2026-03-02T08:00:00Z");
        JsonNode bookings = json.path("items").path(0);
        assertThat(bookings.path("mobileofflineprofileitemid").asText()).isEqualTo(profile.getItems().get(0).getId());
        assertThat(bookings.path("selectedentitytypecode").asText()).isEqualTo("bookableresourcebooking");
        assertThat(bookings.path("recorddistributioncriteria").isInt()).isTrue();
        assertThat(bookings.path("recorddistributioncriteria").asInt()).isEqualTo(3);
        assertThat(bookings.path("profileitementityfilter").asText()).startsWith("Microsoft.Dynamics.CRM.LastXDays(");
        assertThat(bookings.path("syncintervalinminutes").asInt()).isEqualTo(5);
        JsonNode workOrders = json.path("items").path(1).path("associations").path(0);
        assertThat(workOrders.path("fromtable").asText()).isEqualTo("bookableresourcebooking");
        assertThat(workOrders.path("lookupcolumn").asText()).isEqualTo("_msdyn_workorder_value");
        assertThat(workOrders.path("totable").asText()).isEqualTo("msdyn_workorder");
    }

    @Test
    void odataAnnotationsAreSkippedButUnknownFieldsRefused() {
        assertThat(ProfileJson.read("{\"@odata.etag\":\"W/\\\"3\\\"\",\"name\":\"A\",\"items\":[]}").getName()).isEqualTo("A");

        assertThatThrownBy(() -> ProfileJson.read("{\"name\":\"A\",\"colour\":\"red\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown field 'colour' in a profile");
        assertThatThrownBy(() -> ProfileJson.read("{\"items\":[{\"recorddistributioncriteria\":7}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but is 7");
        assertThatThrownBy(() -> ProfileJson.read("{\"items\":[{\"syncintervalinminutes\":\"often\"}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("syncintervalinminutes must be a whole number");
        assertThatThrownBy(() -> ProfileJson.read("{\"name\":"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON");
    }
}
