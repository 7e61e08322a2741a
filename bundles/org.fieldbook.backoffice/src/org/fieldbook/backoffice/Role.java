package org.fieldbook.backoffice;

import java.util.Locale;

/** What a back-office user may do: technicians their own work, dispatchers all records, admins also the setup. */
public enum Role {
    TECHNICIAN, DISPATCHER, ADMIN;

    /** @return the role's name as written in requests and the database, e.g. {@code technician} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for a name that is no role */
    public static Role of(String id) {
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return role;
            }
        }
        throw new IllegalArgumentException("No role '" + id + "': technician, dispatcher or admin");
    }

    /** @return whether the role reads and writes every record, not only its own */
    public boolean seesAllRecords() {
        return this != TECHNICIAN;
    }
}
