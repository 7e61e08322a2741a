package org.fieldbook.backoffice.internal;

import org.fieldbook.model.dataverse.FieldText;

/** Preconditions on weak ETags of row versions, {@code W/"<versionnumber>"}, as Dataverse writes them. */
final class ETags {

    private ETags() {
    }

    /** @return whether an {@code If-Match} value (null: no condition, {@code *}: any) accepts the version */
    static boolean matches(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return true;
        }
        for (String tag : ifMatch.split(",")) {
            if (tag.strip().equals(FieldText.etag(version))) {
                return true;
            }
        }
        return false;
    }
}
