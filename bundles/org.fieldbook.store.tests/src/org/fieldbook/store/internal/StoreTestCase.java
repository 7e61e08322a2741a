package org.fieldbook.store.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh encrypted store in a temporary workspace for each test, closed after it. */
abstract class StoreTestCase {

    @TempDir
    Path workspace;

    DerbyLocalStore store;

    @BeforeEach
    void openStore() {
        store = StoreFixtures.open(workspace.resolve("db"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** Closes and opens the store again, as a restart of the application would. */
    void reopen() {
        store.close();
        store = StoreFixtures.open(workspace.resolve("db"));
    }
}
