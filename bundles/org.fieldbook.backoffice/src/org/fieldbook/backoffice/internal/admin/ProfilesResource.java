package org.fieldbook.backoffice.internal.admin;

import java.io.IOException;
import java.util.List;

import org.fieldbook.backoffice.internal.FilterCheck;
import org.fieldbook.backoffice.internal.profiles.DraftEdit;
import org.fieldbook.backoffice.internal.profiles.OfflineProfiles;
import org.fieldbook.backoffice.internal.profiles.StoredProfile;
import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.dataverse.ProfileJson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Offline profile management for administrators, as the product this replaces offers it:
 * <ul>
 * <li>{@code GET profiles}, {@code GET profiles/<id>} (with draft and published definitions)</li>
 * <li>{@code POST profiles} {@code {name, description}}, {@code POST profiles/<id>/copy} {@code {name}}</li>
 * <li>{@code PUT profiles/<id>/draft} with a whole definition; {@code POST profiles/<id>/items},
 * {@code PATCH profiles/<id>/items/<table>}, {@code DELETE profiles/<id>/items/<table>};
 * {@code POST|DELETE profiles/<id>/items/<table>/associations} {@code {relationship: "from._lookup_value->to"}}</li>
 * <li>{@code POST profiles/<id>/publish}, {@code DELETE profiles/<id>}</li>
 * </ul>
 * Every edit changes the draft only; devices get a profile when it is published.
 */
final class ProfilesResource implements ApiResource {

    /** An other data filter's options, as Dataverse names them. */
    private static final List<String> OWNER_FLAGS = List.of("recordsownedbyme", "recordsownedbymyteam", "recordsownedbymybusinessunit");

    private final OfflineProfiles profiles;
    private final FilterCheck filters;

    ProfilesResource(OfflineProfiles profiles, FilterCheck filters) {
        this.profiles = profiles;
        this.filters = filters;
    }

    @Override
    public boolean serves(ApiRequest request) {
        return !request.segments().isEmpty() && "profiles".equals(request.segments().get(0));
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        request.requireAdmin();
        List<String> path = request.segments();
        if (request.is("GET", "profiles")) {
            return ApiResponse.ok(json -> {
                json.writeArrayFieldStart("value");
                for (StoredProfile profile : profiles.list()) {
                    json.writeStartObject();
                    writeSummary(json, profile);
                    json.writeEndObject();
                }
                json.writeEndArray();
            });
        }
        if (request.is("POST", "profiles")) {
            JsonNode body = request.body();
            return created(profiles.create(ApiRequest.text(body, "name"), body.path("description").asText(null)));
        }
        if (request.is("GET", "profiles", "*")) {
            return detailed(profiles.get(path.get(1)));
        }
        if (request.is("DELETE", "profiles", "*")) {
            profiles.delete(path.get(1));
            return ApiResponse.noContent();
        }
        if (request.is("POST", "profiles", "*", "copy")) {
            return created(profiles.copy(path.get(1), ApiRequest.text(request.body(), "name")));
        }
        if (request.is("POST", "profiles", "*", "publish")) {
            return detailed(profiles.publish(path.get(1)));
        }
        return detailed(profiles.edit(path.get(1), checked(edit(request))));
    }

    /** An edit whose draft must leave every custom filter one the Web API can evaluate. */
    private DraftEdit checked(DraftEdit edit) {
        return draft -> {
            edit.apply(draft);
            draft.getItems().stream().filter(item -> item.getCustomFilter() != null && !item.getCustomFilter().isBlank())
                    .forEach(item -> filters.check(item.getTableName(), item.getCustomFilter()));
        };
    }

    /** @throws ApiException 404 for a request that is no edit */
    private static DraftEdit edit(ApiRequest request) {
        if (request.is("PUT", "profiles", "*", "draft")) {
            return DraftEdit.replaceWith(ProfileJson.read(request.body().toString()));
        }
        if (request.is("POST", "profiles", "*", "items")) {
            JsonNode body = request.body();
            return DraftEdit.addItem(ApiRequest.text(body, "selectedentitytypecode"), filter(body),
                    body.path("profileitementityfilter").asText(null), body.path("syncintervalinminutes").asInt(60));
        }
        String table = request.segments().size() > 3 ? request.segments().get(3) : null;
        if (request.is("PATCH", "profiles", "*", "items", "*")) {
            return itemChange(table, request.body());
        }
        if (request.is("DELETE", "profiles", "*", "items", "*")) {
            return DraftEdit.removeItem(table);
        }
        if (request.is("POST", "profiles", "*", "items", "*", "associations")) {
            return DraftEdit.addRelationship(table, ApiRequest.text(request.body(), "relationship"));
        }
        if (request.is("DELETE", "profiles", "*", "items", "*", "associations")) {
            return DraftEdit.removeRelationship(table, ApiRequest.text(request.body(), "relationship"));
        }
        throw ApiException.notFound("No such profiles request: " + request.method() + " " + String.join("/", request.segments()));
    }

    /** A PATCH sets the filter (with an other data filter's owners), the interval or both. */
    private static DraftEdit itemChange(String table, JsonNode body) {
        DraftEdit filter = body.has("recorddistributioncriteria")
                ? DraftEdit.setFilter(table, filter(body), body.path("profileitementityfilter").asText(null))
                : draft -> { };
        DraftEdit owners = OWNER_FLAGS.stream().anyMatch(body::has)
                ? DraftEdit.setOwners(table, body.path(OWNER_FLAGS.get(0)).asBoolean(), body.path(OWNER_FLAGS.get(1)).asBoolean(),
                        body.path(OWNER_FLAGS.get(2)).asBoolean())
                : draft -> { };
        DraftEdit interval = body.has("syncintervalinminutes")
                ? DraftEdit.setSyncInterval(table, body.path("syncintervalinminutes").asInt())
                : draft -> { };
        return draft -> {
            filter.apply(draft);
            owners.apply(draft);
            interval.apply(draft);
        };
    }

    private static DownloadFilter filter(JsonNode body) {
        DownloadFilter filter = DownloadFilter.get(body.path("recorddistributioncriteria").asInt(-1));
        if (filter == null) {
            throw ApiException.badRequest("recorddistributioncriteria must be 0 (related only), 1 (all records), 2 (other)"
                    + " or 3 (custom).");
        }
        return filter;
    }

    private static ApiResponse created(StoredProfile profile) {
        return new ApiResponse(201, json -> writeSummary(json, profile), null);
    }

    private static ApiResponse detailed(StoredProfile profile) {
        return ApiResponse.ok(json -> {
            writeSummary(json, profile);
            json.writeFieldName("draft");
            json.writeRawValue(ProfileJson.toJson(profile.draft(), null));
            json.writeFieldName("published");
            if (profile.published() == null) {
                json.writeNull();
            } else {
                json.writeRawValue(ProfileJson.toJson(profile.published(), profile.publishedOn()));
            }
        });
    }

    private static void writeSummary(JsonGenerator json, StoredProfile profile) throws IOException {
        json.writeStringField("mobileofflineprofileid", profile.id());
        json.writeStringField("name", profile.name());
        json.writeStringField("description", profile.draft().getDescription());
        json.writeBooleanField("managed", profile.managed());
        json.writeNumberField("release", profile.release());
        json.writeStringField("publishedon", profile.publishedOn() == null ? null : profile.publishedOn().toString());
        json.writeStringField("modifiedon", profile.modifiedOn().toString());
        json.writeBooleanField("hasunpublishedchanges", profile.hasUnpublishedChanges());
        json.writeArrayFieldStart("editeditems");
        for (String table : profile.editedTables().stream().sorted().toList()) {
            json.writeString(table);
        }
        json.writeEndArray();
    }
}
