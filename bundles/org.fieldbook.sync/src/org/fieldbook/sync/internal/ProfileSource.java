package org.fieldbook.sync.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.ProfileTableRowsReader;
import org.fieldbook.store.ConfigurationDocuments;
import org.fieldbook.sync.SyncException;

/**
 * Asks the back office what this device should sync, through requests any Dataverse organization answers:
 * who is signed in ({@code WhoAmI}), their bookable resource ({@code bookableresources} by {@code _userid_value}),
 * the published offline profile they follow (their {@code usermobileofflineprofilememberships} row, else their
 * team's {@code teammobileofflineprofilememberships} row, then {@code mobileofflineprofiles},
 * {@code mobileofflineprofileitems} and {@code mobileofflineprofileitemassociations}) and the organization's
 * conflict setting ({@code organizations}). The answer is kept in the store, so that an offline start knows it too.
 * <p>
 * Each read depends on the one before (the user's id, then the profile's, then its items'). A device that synced
 * before knows them all: {@link #reads} names every read from what it knew, to ask ahead in one {@code $batch}, and
 * {@link #fetch} takes each answer from there when its read is the same, so an unchanged profile costs no round
 * trip of its own. A read that differs (another user, a new profile or item) is sent alone.
 */
public final class ProfileSource {

    static final String DOCUMENT = "device-profile";
    /** Every profile read asks for one page as large as Dataverse's largest; profiles are far smaller. */
    private static final String PREFER = "odata.maxpagesize=5000";
    private static final String CONFLICT_DETECTION = "isconflictdetectionenabledformobileclient";
    private static final String ITEM_COLUMNS = "mobileofflineprofileitemid,selectedentitytypecode,recorddistributioncriteria,"
            + "recordsownedbyme,recordsownedbymyteam,recordsownedbymybusinessunit,profileitementityfilter,syncintervalinminutes";
    private static final String WHO_AM_I = "WhoAmI()";
    private static final String TEAM_MEMBERSHIPS = "teammobileofflineprofilememberships?$select=_teamid_value,_mobileofflineprofileid_value";
    private static final String ORGANIZATION = "organizations?$select=" + CONFLICT_DETECTION;

    private final AuthorizedHttp http;
    private final URI serviceRoot;
    private final ConfigurationDocuments cache;

    public ProfileSource(AuthorizedHttp http, URI serviceRoot, ConfigurationDocuments cache) {
        this.http = http;
        this.serviceRoot = serviceRoot;
        this.cache = cache;
    }

    /** @return the reads {@link #fetch} sends when the profile is still the one known, to ask ahead; none when none is known */
    public List<ReadsAhead.Read> reads(Optional<DeviceProfile> known) {
        if (known.isEmpty()) {
            return List.of();
        }
        DeviceProfile device = known.get();
        List<String> links = new ArrayList<>(List.of(WHO_AM_I, resource(device.userId()), userMembership(device.userId()),
                TEAM_MEMBERSHIPS, profile(device.profile().getId()), items(device.profile().getId())));
        List<String> itemIds = device.profile().getItems().stream().map(OfflineProfileItem::getId).toList();
        if (!itemIds.isEmpty() && itemIds.stream().allMatch(id -> id != null)) {
            links.add(associations(itemIds));
        }
        links.add(ORGANIZATION);
        return links.stream().map(link -> new ReadsAhead.Read(link, PREFER)).toList();
    }

    /**
     * @param ahead answers asked ahead, taken where the read is the same
     * @return the back office's current answer, now also the cached one
     * @throws SyncException when it cannot be reached or answers wrongly, or no published profile is the user's;
     *         a malformed profile is a profile error
     */
    public DeviceProfile fetch(ReadsAhead ahead) throws SyncException {
        String userId = one(ahead, WHO_AM_I, "who is signed in").get("UserId");
        if (userId == null) {
            throw new SyncException("The back office did not say who is signed in (WhoAmI has no UserId).");
        }
        String resource = first(ahead, resource(userId)).map(row -> row.get("bookableresourceid")).orElse(null);
        List<Map<String, String>> teams = rows(ahead, TEAM_MEMBERSHIPS);
        String profileId = first(ahead, userMembership(userId)).or(() -> teams.stream().findFirst())
                .map(row -> row.get("_mobileofflineprofileid_value"))
                .orElseThrow(() -> new SyncException("No published offline profile is assigned to you: ask an administrator to assign"
                        + " and publish one."));
        OfflineProfile profile = profile(ahead, profileId);
        boolean serverWins = Boolean.parseBoolean(one(ahead, ORGANIZATION, "the organization's settings").get(CONFLICT_DETECTION));
        DeviceProfile device = new DeviceProfile(userId, teams.stream().map(row -> row.get("_teamid_value")).toList(), resource, profile,
                serverWins);
        String json = device.toJson();
        // Written only when it changed: most cycles find the same profile, and a write costs a commit.
        if (cache.load(DOCUMENT).filter(json::equals).isEmpty()) {
            cache.save(DOCUMENT, json);
        }
        return device;
    }

    private OfflineProfile profile(ReadsAhead ahead, String profileId) throws SyncException {
        Map<String, String> profile = one(ahead, profile(profileId), "its offline profile");
        List<Map<String, String>> items = rows(ahead, items(profileId));
        List<String> itemIds = items.stream().map(row -> row.get("mobileofflineprofileitemid")).toList();
        List<Map<String, String>> associations = itemIds.isEmpty() ? List.of() : rows(ahead, associations(itemIds));
        try {
            return ProfileTableRowsReader.read(profile, items, associations, DataverseSchema.fieldbook());
        } catch (IllegalArgumentException e) {
            throw new SyncException("The back office sent an offline profile this device cannot use: " + e.getMessage(), e);
        }
    }

    private static String resource(String userId) {
        return "bookableresources?$select=bookableresourceid&$filter=" + encode("_userid_value eq " + userId);
    }

    private static String userMembership(String userId) {
        return "usermobileofflineprofilememberships?$select=_mobileofflineprofileid_value&$filter=" + encode("_systemuserid_value eq " + userId);
    }

    private static String profile(String profileId) {
        return "mobileofflineprofiles(" + profileId + ")?$select=name,description";
    }

    private static String items(String profileId) {
        return "mobileofflineprofileitems?$select=" + ITEM_COLUMNS + "&$filter=" + encode("_regardingobjectid_value eq " + profileId);
    }

    private static String associations(List<String> itemIds) {
        return "mobileofflineprofileitemassociations?$select=_mobileofflineprofileitemid_value,relationshipname&$filter="
                + encode(String.join(" or ", itemIds.stream().map(id -> "_mobileofflineprofileitemid_value eq " + id).toList()));
    }

    private static String encode(String filter) {
        return URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Map<String, String> one(ReadsAhead ahead, String link, String what) throws SyncException {
        List<Map<String, String>> rows = rows(ahead, link);
        if (rows.size() != 1) {
            throw new SyncException("The back office's answer for " + what + " is not one row.");
        }
        return rows.get(0);
    }

    private Optional<Map<String, String>> first(ReadsAhead ahead, String link) throws SyncException {
        return rows(ahead, link).stream().findFirst();
    }

    /** GETs a read, or takes its answer from the reads asked ahead. */
    private List<Map<String, String>> rows(ReadsAhead ahead, String link) throws SyncException {
        URI uri = serviceRoot.resolve(link);
        HttpGet get = new HttpGet(uri);
        get.setHeader("Accept", "application/json");
        get.setHeader("OData-Version", "4.0");
        get.setHeader("OData-MaxVersion", "4.0");
        get.setHeader("Prefer", PREFER);
        HttpClientResponseHandler<List<Map<String, String>>> read = ProfileSource::rows;
        Optional<ClassicHttpResponse> answered = ahead.take(uri, PREFER);
        return answered.isPresent() ? http.answered(get, answered.get(), read) : http.execute(get, read);
    }

    private static List<Map<String, String>> rows(ClassicHttpResponse response) throws IOException {
        if (response.getEntity() == null) {
            throw new MalformedResponseException("an answer without a body");
        }
        try (InputStream body = response.getEntity().getContent()) {
            return JsonRows.read(body);
        }
    }

    /** @return what the back office said last time, if it ever did and the copy is readable */
    public Optional<DeviceProfile> cached() {
        return cached(cache);
    }

    /** @return what the back office said last time, as kept in {@code cache} */
    public static Optional<DeviceProfile> cached(ConfigurationDocuments cache) {
        return cache.load(DOCUMENT).flatMap(text -> {
            try {
                return Optional.of(DeviceProfile.fromJson(text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
