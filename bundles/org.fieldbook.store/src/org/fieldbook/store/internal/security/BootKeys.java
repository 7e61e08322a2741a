package org.fieldbook.store.internal.security;

import java.nio.file.Path;

/** Where the key that unlocks a local database is kept. */
public interface BootKeys {

    /**
     * @param database the database folder
     * @param mayCreate whether a new key may be made (the database does not exist yet or is not encrypted)
     * @return the database's key
     * @throws org.fieldbook.store.StoreException when the key is missing and may not be made, or cannot be kept
     */
    String keyFor(Path database, boolean mayCreate);
}
