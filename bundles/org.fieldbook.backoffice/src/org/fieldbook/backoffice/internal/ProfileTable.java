package org.fieldbook.backoffice.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind;
import org.apache.olingo.commons.api.edm.FullQualifiedName;
import org.apache.olingo.commons.api.edm.provider.CsdlEntitySet;
import org.apache.olingo.commons.api.edm.provider.CsdlEntityType;
import org.apache.olingo.commons.api.edm.provider.CsdlProperty;
import org.apache.olingo.commons.api.edm.provider.CsdlPropertyRef;

/**
 * Dataverse's five tables that define and assign offline profiles, and its teams with their memberships (the
 * intersect table of {@code teammembership_association}), with Microsoft's column names, as the Web API serves them
 * to devices: read-only, published definitions only. Their rows are not stored as such; the back office derives them
 * from its profiles, assignments and team members ({@link ProfileTableRows}).
 */
enum ProfileTable {
    PROFILES("mobileofflineprofiles", "mobileofflineprofile", "name", "description", "publishedon:DateTimeOffset"),
    ITEMS("mobileofflineprofileitems", "mobileofflineprofileitem", "name", "_regardingobjectid_value:Guid", "selectedentitytypecode",
            "recorddistributioncriteria:Int32", "recordsownedbyme:Boolean", "recordsownedbymyteam:Boolean",
            "recordsownedbymybusinessunit:Boolean", "profileitementityfilter", "syncintervalinminutes:Int64", "publishedon:DateTimeOffset"),
    ASSOCIATIONS("mobileofflineprofileitemassociations", "mobileofflineprofileitemassociation", "name",
            "_mobileofflineprofileitemid_value:Guid", "relationshipname", "publishedon:DateTimeOffset"),
    USER_MEMBERSHIPS("usermobileofflineprofilememberships", "usermobileofflineprofilemembership", "_systemuserid_value:Guid",
            "_mobileofflineprofileid_value:Guid"),
    TEAM_MEMBERSHIPS("teammobileofflineprofilememberships", "teammobileofflineprofilemembership", "_teamid_value:Guid",
            "_mobileofflineprofileid_value:Guid"),
    TEAMS("teams", "team", "name"),
    TEAM_MEMBERS("teammemberships", "teammembership", "systemuserid:Guid", "teamid:Guid");

    private final String entitySet;
    private final String logicalName;
    private final Map<String, EdmPrimitiveTypeKind> columns = new LinkedHashMap<>();

    /** @param columns {@code name} for text, {@code name:Kind} for another Edm type */
    ProfileTable(String entitySet, String logicalName, String... columns) {
        this.entitySet = entitySet;
        this.logicalName = logicalName;
        for (String column : columns) {
            String[] parts = column.split(":");
            this.columns.put(parts[0], parts.length == 1 ? EdmPrimitiveTypeKind.String : EdmPrimitiveTypeKind.valueOf(parts[1]));
        }
    }

    String entitySet() {
        return entitySet;
    }

    String keyColumn() {
        return logicalName + "id";
    }

    /** @return the columns without the key, in order */
    Map<String, EdmPrimitiveTypeKind> columns() {
        return columns;
    }

    static Optional<ProfileTable> bySet(String entitySet) {
        return Arrays.stream(values()).filter(table -> table.entitySet.equals(entitySet)).findFirst();
    }

    static Optional<ProfileTable> byType(String logicalName) {
        return Arrays.stream(values()).filter(table -> table.logicalName.equals(logicalName)).findFirst();
    }

    CsdlEntitySet csdlEntitySet() {
        return new CsdlEntitySet().setName(entitySet).setType(new FullQualifiedName(FieldbookEdmProvider.NAMESPACE, logicalName));
    }

    CsdlEntityType csdlEntityType() {
        List<CsdlProperty> properties = new ArrayList<>();
        properties.add(new CsdlProperty().setName(keyColumn()).setType(EdmPrimitiveTypeKind.Guid.getFullQualifiedName()).setNullable(false));
        columns.forEach((name, kind) -> properties.add(new CsdlProperty().setName(name).setType(kind.getFullQualifiedName())));
        return new CsdlEntityType().setName(logicalName).setKey(List.of(new CsdlPropertyRef().setName(keyColumn()))).setProperties(properties);
    }
}
