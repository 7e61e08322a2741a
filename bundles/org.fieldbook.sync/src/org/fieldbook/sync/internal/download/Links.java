package org.fieldbook.sync.internal.download;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.model.dataverse.DeviceTables;

/** Query strings for the Web API: encoded for URLs (spaces as %20; OData does not read + as a space). */
final class Links {

    private Links() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** @return {@code set?$select=…&$filter=…}, either part left out when null */
    static String query(String entitySet, String select, String filter) {
        StringBuilder link = new StringBuilder(entitySet);
        char separator = '?';
        if (select != null) {
            link.append(separator).append("$select=").append(encode(select));
            separator = '&';
        }
        if (filter != null) {
            link.append(separator).append("$filter=").append(encode(filter));
        }
        return link.toString();
    }

    /** @return the {@code $select} of the columns a device keeps of the table when it leaves some out (a note's file), else null */
    static String deviceColumns(DataverseTable table) {
        return DeviceTables.selectWhenPartial(table);
    }
}
