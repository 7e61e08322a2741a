package org.fieldbook.backoffice.internal.profiles;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbook.backoffice.internal.BackOfficeDatabase;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.dataverse.DataverseTable;

/**
 * What an admin does with offline profiles: the shipped default installed and upgraded, profiles created,
 * copied, edited as drafts, published and deleted. Each operation is one transaction; bad input is an
 * {@link IllegalArgumentException}, a refusal because of the profiles' state a {@link ProfileException}.
 */
public final class OfflineProfiles {

    private final BackOfficeDatabase database;
    private final Clock clock;
    private final ShippedProfile shipped;
    private final ProfileRules rules = new ProfileRules();

    /** Profiles with the default this Fieldbook ships. */
    public OfflineProfiles(BackOfficeDatabase database, Clock clock) {
        this(database, clock, ShippedProfile.load());
    }

    /** Profiles with a given release of the default, e.g. a newer one in a test of the upgrade. */
    public OfflineProfiles(BackOfficeDatabase database, Clock clock, ShippedProfile shipped) {
        this.database = database;
        this.clock = clock;
        this.shipped = shipped;
    }

    /** @return the key of the shipped default profile, which users without an assignment get */
    public String defaultProfileId() {
        return shipped.profile().getId();
    }

    /**
     * Installs the shipped default, published, on first start. A newer release is not merged: it waits apart
     * from the draft, table by table, until the admin takes or refuses each update ({@link #waitingRelease});
     * a release that changes nothing in the draft is simply recorded as the profile's.
     *
     * @return the default profile as stored now
     */
    public StoredProfile installShippedProfile() {
        return database.transaction("install the shipped offline profile", connection -> {
            String id = defaultProfileId();
            if (ProfileRows.find(connection, id).isEmpty()) {
                OfflineProfile profile = definition(shipped.profile(), id);
                ProfileRows.insert(connection, profile, true, shipped.release(), clock.instant());
                ProfileRows.publish(connection, id, clock.instant());
            } else {
                settleRelease(connection, id);
            }
            return ProfileRows.find(connection, id).orElseThrow();
        });
    }

    /**
     * @return the updates of a newer shipped release that wait for the admin's choice; empty for a profile that
     *         is not managed or has the shipped release
     * @throws ProfileException when there is no such profile
     */
    public Optional<WaitingRelease> waitingRelease(String id) {
        return database.read("read the release updates of offline profile " + id, connection -> waiting(connection,
                ProfileRows.find(connection, id).orElseThrow(() -> ProfileException.notFound(id))));
    }

    /**
     * Takes a table's update of the waiting release into the draft, as {@link ReleaseUpgrade} merges it; devices
     * get it when the admin publishes.
     *
     * @throws ProfileException when {@code release} has no update waiting for the table
     */
    public StoredProfile takeReleaseUpdate(String id, int release, String table) {
        return decide(id, release, table, (connection, stored, update) -> {
            OfflineProfile draft = EcoreUtil.copy(stored.draft());
            WaitingRelease.take(draft, update);
            ProfileRows.saveDraft(connection, definition(draft, id));
        });
    }

    /**
     * Keeps a table as it is: the refusal is recorded and {@code release} does not offer the update again.
     *
     * @throws ProfileException when {@code release} has no update waiting for the table
     */
    public StoredProfile keepCurrent(String id, int release, String table) {
        return decide(id, release, table, (connection, stored, update) -> ReleaseRefusals.record(connection, id, release, table, clock.instant()));
    }

    /** What the admin does with one update of the waiting release, in the transaction that checks it still waits. */
    @FunctionalInterface
    private interface Decision {
        void apply(Connection connection, StoredProfile stored, ProfileComparison.Row update) throws SQLException;
    }

    private StoredProfile decide(String id, int release, String table, Decision decision) {
        return database.transaction("decide on release " + release + " for " + table + " in offline profile " + id, connection -> {
            StoredProfile stored = ProfileRows.lock(connection, id, clock.instant());
            ProfileComparison.Row update = waiting(connection, stored).filter(waiting -> waiting.release() == release)
                    .flatMap(waiting -> waiting.update(table))
                    .orElseThrow(() -> new ProfileException(ProfileException.Reason.CONFLICT, "Release " + release
                            + " of the shipped profile has no update waiting for " + table + " in '" + stored.name() + "'"));
            decision.apply(connection, stored, update);
            settleRelease(connection, id);
            return ProfileRows.find(connection, id).orElseThrow();
        });
    }

    private Optional<WaitingRelease> waiting(Connection connection, StoredProfile stored) throws SQLException {
        if (!stored.managed() || stored.release() >= shipped.release()) {
            return Optional.empty();
        }
        return Optional.of(WaitingRelease.of(shipped.release(), stored, shipped.profile(), CustomizationRows.of(connection, stored.id()),
                ReleaseRefusals.of(connection, stored.id(), shipped.release())));
    }

    /** Records the shipped release as the profile's once none of its updates is left waiting. */
    private void settleRelease(Connection connection, String id) throws SQLException {
        StoredProfile stored = ProfileRows.find(connection, id).orElseThrow();
        if (waiting(connection, stored).filter(waiting -> waiting.updates().isEmpty()).isPresent()) {
            ProfileRows.setRelease(connection, id, shipped.release());
        }
    }

    /** @return every profile, by name */
    public List<StoredProfile> list() {
        return database.read("list the offline profiles", ProfileRows::all);
    }

    /** @throws ProfileException when there is no such profile */
    public StoredProfile get(String id) {
        return database.read("read offline profile " + id,
                connection -> ProfileRows.find(connection, id).orElseThrow(() -> ProfileException.notFound(id)));
    }

    /** Creates an empty, unpublished profile of the admin's. */
    public StoredProfile create(String name, String description) {
        OfflineProfile profile = FieldbookFactory.eINSTANCE.createOfflineProfile();
        profile.setName(name);
        profile.setDescription(description);
        return database.transaction("create the offline profile '" + name + "'", connection -> insertNew(connection, profile));
    }

    /**
     * Copies a profile's draft under a new name. The copy is the admin's own: unpublished, unmanaged, never
     * upgraded by a release.
     */
    public StoredProfile copy(String id, String name) {
        return database.transaction("copy offline profile " + id + " as '" + name + "'", connection -> {
            OfflineProfile profile = EcoreUtil.copy(ProfileRows.find(connection, id).orElseThrow(() -> ProfileException.notFound(id)).draft());
            profile.setName(name);
            return insertNew(connection, profile);
        });
    }

    private StoredProfile insertNew(Connection connection, OfflineProfile profile) throws SQLException {
        OfflineProfile definition = definition(profile, UUID.randomUUID().toString());
        requireFreeName(connection, definition);
        ProfileRows.insert(connection, definition, false, 0, clock.instant());
        return ProfileRows.find(connection, definition.getId()).orElseThrow();
    }

    /**
     * Changes the draft; devices keep the published definition until {@link #publish}. In the managed
     * profile the change is remembered as the admin's, so that releases leave it alone.
     *
     * @throws IllegalArgumentException when the edited draft would not be a valid profile
     */
    public StoredProfile edit(String id, DraftEdit edit) {
        return database.transaction("edit offline profile " + id, connection -> {
            StoredProfile stored = ProfileRows.lock(connection, id, clock.instant());
            OfflineProfile draft = EcoreUtil.copy(stored.draft());
            edit.apply(draft);
            OfflineProfile definition = definition(draft, id);
            requireFreeName(connection, definition);
            ProfileRows.saveDraft(connection, definition);
            if (stored.managed()) {
                CustomizationRows.apply(connection, id, DraftChanges.between(stored.draft(), definition));
            }
            return ProfileRows.find(connection, id).orElseThrow();
        });
    }

    /** @return the model's tables a profile may take offline */
    public List<DataverseTable> offlineTables() {
        return rules.tables();
    }

    /**
     * Puts the published definition back as the draft, through {@link #edit} so that a managed profile's
     * customizations follow the draft.
     *
     * @throws ProfileException when the profile was never published: there is nothing to go back to
     */
    public StoredProfile discardDraft(String id) {
        OfflineProfile published = get(id).publishedDefinition().orElseThrow(() -> new ProfileException(ProfileException.Reason.CONFLICT,
                "The profile has never been published, so there is no published version to go back to; delete it instead"));
        return edit(id, DraftEdit.replaceWith(published));
    }

    /** Makes the draft what devices download from their next sync on. */
    public StoredProfile publish(String id) {
        return database.transaction("publish offline profile " + id, connection -> {
            ProfileRows.lock(connection, id, clock.instant());
            ProfileRows.publish(connection, id, clock.instant());
            return ProfileRows.find(connection, id).orElseThrow();
        });
    }

    /** @throws ProfileException for the shipped default and for a profile users or teams still belong to */
    public void delete(String id) {
        database.transaction("delete offline profile " + id, connection -> {
            StoredProfile stored = ProfileRows.lock(connection, id, clock.instant());
            if (stored.managed()) {
                throw new ProfileException(ProfileException.Reason.CONFLICT, "The profile '" + stored.name()
                        + "' ships with Fieldbook and cannot be deleted; copy it to make your own");
            }
            int assigned = ProfileAssignments.assignedTo(connection, id);
            if (assigned > 0) {
                throw new ProfileException(ProfileException.Reason.CONFLICT, "The profile '" + stored.name() + "' cannot be deleted: "
                        + assigned + " users or teams belong to it. Assign them to another profile first");
            }
            ProfileRows.delete(connection, id);
            return null;
        });
    }

    /** @return a checked copy of the definition, keyed as profile {@code id} */
    private OfflineProfile definition(OfflineProfile profile, String id) {
        OfflineProfile definition = EcoreUtil.copy(profile);
        definition.setName(ProfileRules.requireName(definition.getName()));
        Definitions.assignIds(definition, id);
        rules.check(definition);
        return definition;
    }

    private static void requireFreeName(Connection connection, OfflineProfile definition) throws SQLException {
        if (ProfileRows.nameTaken(connection, definition.getName(), definition.getId())) {
            throw new IllegalArgumentException("There is already an offline profile named '" + definition.getName() + "'");
        }
    }
}
