package org.fieldbook.store;

import java.util.Optional;

/**
 * Documents the server hands out for offline use, kept by name: the published offline profile and the
 * settings that go with it, so a device that starts without a network still knows what and how to sync.
 */
public interface ConfigurationDocuments {

    /** Keeps {@code document} under {@code name}, replacing what was there. */
    void save(String name, String document);

    /** @return the document kept under {@code name}, if any */
    Optional<String> load(String name);
}
