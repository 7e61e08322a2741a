package org.fieldbook.backoffice.internal.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.dataverse.ProfileJson;
import org.junit.jupiter.api.Test;

/** Edits of a profile's draft. */
class DraftEditTest {

    @Test
    void anAdminsJsonReplacesTheDraft() {
        OfflineProfile edited = ProfileJson.read("{\"name\":\"From JSON\",\"items\":[{\"selectedentitytypecode\":\"contact\","
                + "\"recorddistributioncriteria\":0,\"syncintervalinminutes\":30,\"associations\":[{\"fromtable\":\"msdyn_workorder\","
                + "\"lookupcolumn\":\"_msdyn_reportedbycontact_value\",\"totable\":\"contact\"}]}]}");
        OfflineProfile draft = FieldbookFactory.eINSTANCE.createOfflineProfile();

        DraftEdit.replaceWith(edited).apply(draft);

        assertThat(draft.getName()).isEqualTo("From JSON");
        assertThat(Definitions.byText(Definitions.item(draft, "contact"))).containsOnlyKeys("msdyn_workorder._msdyn_reportedbycontact_value->contact");
    }
}
