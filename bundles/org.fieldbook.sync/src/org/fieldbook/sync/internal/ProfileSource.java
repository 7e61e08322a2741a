package org.fieldbook.sync.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.dataverse.ProfileJson;
import org.fieldbook.store.ConfigurationDocuments;
import org.fieldbook.sync.SyncException;

/**
 * Asks the back office what this device should sync — who is signed in and their resource
 * ({@code /fieldbook/v1/me}), their published offline profile ({@code /fieldbook/v1/me/profile}) and the
 * organization's conflict setting ({@code organizations}) — and keeps the answer in the store, so that an
 * offline start knows it too.
 */
public final class ProfileSource {

    static final String DOCUMENT = "device-profile";
    private static final String CONFLICT_DETECTION = "isconflictdetectionenabledformobileclient";

    private final AuthorizedHttp http;
    private final URI serviceRoot;
    private final ConfigurationDocuments cache;

    public ProfileSource(AuthorizedHttp http, URI serviceRoot, ConfigurationDocuments cache) {
        this.http = http;
        this.serviceRoot = serviceRoot;
        this.cache = cache;
    }

    /**
     * @return the back office's current answer, now also the cached one
     * @throws SyncException when it cannot be reached or answers wrongly; a malformed profile is a profile error
     */
    public DeviceProfile fetch() throws SyncException {
        Map<String, String> me = http.execute(new HttpGet(serviceRoot.resolve("/fieldbook/v1/me")),
                response -> fields(response, "username", "bookableresourceid"));
        OfflineProfile profile = http.execute(new HttpGet(serviceRoot.resolve("/fieldbook/v1/me/profile")), this::profile);
        Map<String, String> organization = http.execute(new HttpGet(serviceRoot.resolve("organizations?$select=" + CONFLICT_DETECTION)),
                response -> fields(response, CONFLICT_DETECTION));
        DeviceProfile device = new DeviceProfile(me.get("username"), me.get("bookableresourceid"), profile,
                Boolean.parseBoolean(organization.get(CONFLICT_DETECTION)));
        cache.save(DOCUMENT, device.toJson());
        return device;
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

    private OfflineProfile profile(ClassicHttpResponse response) throws IOException {
        try (InputStream body = response.getEntity().getContent()) {
            return ProfileJson.read(body);
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException("its offline profile: " + e.getMessage());
        }
    }

    private static Map<String, String> fields(ClassicHttpResponse response, String... wanted) throws IOException {
        try (InputStream body = response.getEntity().getContent()) {
            return JsonFields.first(body, wanted);
        }
    }
}
