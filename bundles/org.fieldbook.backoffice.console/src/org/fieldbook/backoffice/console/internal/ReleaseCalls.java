package org.fieldbook.backoffice.console.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.profiles.OfflineProfiles;
import org.fieldbook.backoffice.internal.profiles.ProfileComparison;
import org.fieldbook.backoffice.internal.profiles.StoredProfile;
import org.fieldbook.backoffice.internal.profiles.WaitingRelease;
import org.fieldbook.model.OfflineProfileItem;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The release updates page, by {@link OfflineProfiles}' rules: {@code GET releases} (each managed profile with
 * the updates of a newer shipped release waiting for it), {@code POST releases/<id>/take} and
 * {@code POST releases/<id>/keep}, both {@code {release, table}} and answered with that profile's updates
 * again; admins only.
 */
final class ReleaseCalls implements ConsoleCall.Handler {

    private final OfflineProfiles profiles;

    ReleaseCalls(OfflineProfiles profiles) {
        this.profiles = profiles;
    }

    /**
     * A table's update.
     *
     * @param customized whether the admin set the table's filter or interval: the update brings no settings
     * @param changes what taking it changes in the draft, in words
     */
    record Update(String table, String change, boolean customized, List<String> changes) {
    }

    /** A customized table whose filter or interval the release would have changed: shown, not offered. */
    record Kept(String table, List<String> changes) {
    }

    /**
     * A managed profile and what waits for it.
     *
     * @param release the shipped release it has
     * @param waiting the newer release whose updates wait, or null
     */
    record Release(String id, String name, int release, Integer waiting, List<Update> updates, List<Kept> kept) {
    }

    @Override
    public boolean handle(ConsoleCall call) throws IOException {
        if (call.path().isEmpty() || !call.path().get(0).equals("releases")) {
            return false;
        }
        call.require(Role.ADMIN);
        if (call.is("GET", "releases")) {
            call.answer(200, profiles.list().stream().filter(StoredProfile::managed).map(this::release).toList());
        } else if (call.is("POST", "releases", "*", "take") || call.is("POST", "releases", "*", "keep")) {
            String id = call.path().get(1);
            JsonNode body = ConsoleJson.body(call.request());
            String table = ConsoleJson.text(body, "table");
            if (table == null || !body.path("release").canConvertToInt()) {
                throw new ConsoleCall.Refused(400, "Say which release and which table.");
            }
            int release = body.path("release").asInt();
            StoredProfile decided = call.path().get(2).equals("take") ? profiles.takeReleaseUpdate(id, release, table)
                    : profiles.keepCurrent(id, release, table);
            call.answer(200, release(decided));
        } else {
            return false;
        }
        return true;
    }

    /** @return how many table updates wait for the admin's choice; none for an unmanaged profile */
    static int waitingCount(OfflineProfiles profiles, StoredProfile profile) {
        return profile.managed() ? profiles.waitingRelease(profile.id()).map(waiting -> waiting.updates().size()).orElse(0) : 0;
    }

    private Release release(StoredProfile stored) {
        return profiles.waitingRelease(stored.id())
                .map(waiting -> new Release(stored.id(), stored.name(), stored.release(), waiting.release(),
                        waiting.updates().stream().map(row -> update(row, stored)).toList(), kept(waiting, stored)))
                .orElseGet(() -> new Release(stored.id(), stored.name(), stored.release(), null, List.of(), List.of()));
    }

    private static Update update(ProfileComparison.Row row, StoredProfile stored) {
        List<String> changes = new ArrayList<>();
        switch (row.change()) {
        case ADDED -> changes.add("New in this release: " + settings(row.draft()) + ".");
        case REMOVED -> changes.add("This release no longer lists the table: devices stop keeping its rows.");
        default -> changes.addAll(settingChanges(row.published(), row.draft()));
        }
        row.relationshipsAdded().forEach(text -> changes.add("+ relationship " + text));
        row.relationshipsRemoved().forEach(text -> changes.add("− relationship " + text));
        return new Update(row.table(), row.change().name().toLowerCase(Locale.ROOT), stored.editedTables().contains(row.table()), changes);
    }

    private static List<Kept> kept(WaitingRelease waiting, StoredProfile stored) {
        return waiting.keptSettings().entrySet().stream().map(entry -> new Kept(entry.getKey(),
                settingChanges(stored.draft().getItems().stream().filter(item -> item.getTableName().equals(entry.getKey())).findFirst().orElseThrow(),
                        entry.getValue()))).toList();
    }

    /** @return the filter and interval changes from {@code before} to {@code after}, in words */
    private static List<String> settingChanges(OfflineProfileItem before, OfflineProfileItem after) {
        List<String> changes = new ArrayList<>();
        if (before.getDownloadFilter() != after.getDownloadFilter()) {
            changes.add("Download filter: " + before.getDownloadFilter().getLiteral() + " → " + after.getDownloadFilter().getLiteral());
        }
        if (!Objects.equals(before.getCustomFilter(), after.getCustomFilter())) {
            changes.add("Custom filter: " + Objects.toString(before.getCustomFilter(), "none") + " → "
                    + Objects.toString(after.getCustomFilter(), "none"));
        }
        if (before.getSyncIntervalMinutes() != after.getSyncIntervalMinutes()) {
            changes.add("Sync interval: " + minutes(before.getSyncIntervalMinutes()) + " → " + minutes(after.getSyncIntervalMinutes()));
        }
        return changes;
    }

    private static String settings(OfflineProfileItem item) {
        return item.getDownloadFilter().getLiteral() + (item.getCustomFilter() == null ? "" : " (" + item.getCustomFilter() + ")")
                + ", synced every " + minutes(item.getSyncIntervalMinutes());
    }

    private static String minutes(int minutes) {
        if (minutes == 1440) {
            return "1 day";
        }
        if (minutes % 60 != 0) {
            return minutes + " minutes";
        }
        int hours = minutes / 60;
        return hours == 1 ? "1 hour" : hours + " hours";
    }
}
