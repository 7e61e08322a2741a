package org.fieldbook.backoffice.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.olingo.server.api.ODataResponse;
import org.fieldbook.backoffice.internal.auth.Principal;
import org.fieldbook.backoffice.internal.profiles.ProfileAssignments;
import org.fieldbook.jdbc.RecordTables;
import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.dataverse.DataverseLookup;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.model.dataverse.FetchXml;
import org.fieldbook.model.offline.DeviceQueries;
import org.fieldbook.model.offline.DownloadOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How many rows a user's device would hold with a profile, counted before the profile is published: the
 * device's own rules ({@link DownloadOrder}, {@link DeviceQueries}: filters with today's relative dates,
 * related-only tables following their relationships from the rows already taken) asked through the Web API's
 * query path as that user ({@link InProcessWebApi}: the same filter evaluation and row access). It counts what a
 * fresh device's first full sync takes.
 */
public final class ProfilePreview {

    /** The guidance on rows a device holds: above it, syncs and searches on a tablet get slow. */
    public static final int ROW_GUIDANCE = 200_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGES = "odata.maxpagesize=5000";

    private final InProcessWebApi webApi;
    private final BackOfficeDatabase database;
    private final ProfileAssignments assignments;
    private final Clock clock;
    private final DataverseSchema schema = DataverseSchema.fieldbook();
    private final RecordTables onDevice = new RecordTables(schema);

    /**
     * @param assignments who is in which team, for the rows an other data filter takes by owner
     * @param clock the clock and time zone relative dates are evaluated in
     */
    public ProfilePreview(BackOfficeDatabase database, ProfileAssignments assignments, Clock clock) {
        this.webApi = new InProcessWebApi(database);
        this.database = database;
        this.assignments = assignments;
        this.clock = clock;
    }

    /**
     * @param rows the rows the device would hold, 0 when the table cannot be downloaded
     * @param problem why the device could not download the table, or null
     */
    public record Table(String table, DownloadFilter filter, int rows, String problem) {
    }

    public record Result(List<Table> tables, int total) {
    }

    /** @return per table of the profile the device keeps, in download order, the rows the user's device would hold */
    public Result of(OfflineProfile profile, Principal user) {
        Map<String, Map<String, JsonNode>> held = new HashMap<>();
        List<Table> tables = new ArrayList<>();
        FetchXml.Caller caller = new FetchXml.Caller(user.systemUserId(),
                assignments.teamsOf(user.userName()).stream().map(ProfileTableRows::teamId).toList(), database.businessUnit());
        for (OfflineProfileItem item : DownloadOrder.of(profile, schema)) {
            Optional<DataverseTable> table = deviceTable(item.getTableName());
            if (table.isEmpty()) {
                continue; // devices skip a table they do not keep
            }
            try {
                Map<String, JsonNode> rows = rows(user, table.get(), DeviceQueries.filters(item, table.get(),
                        caller, new Taken(held), clock));
                held.put(item.getTableName(), rows);
                tables.add(new Table(item.getTableName(), item.getDownloadFilter(), rows.size(), null));
            } catch (IllegalArgumentException e) {
                tables.add(new Table(item.getTableName(), item.getDownloadFilter(), 0, e.getMessage()));
            }
        }
        return new Result(tables, tables.stream().mapToInt(Table::rows).sum());
    }

    /** @return the rows the filters select together, by key, each with its key and lookup columns */
    private Map<String, JsonNode> rows(Principal user, DataverseTable table, List<String> filters) {
        String select = "$select=" + Stream.concat(Stream.of(table.keyColumn()), table.lookups().stream().map(DataverseLookup::column))
                .collect(Collectors.joining(","));
        Map<String, JsonNode> rows = new HashMap<>();
        for (String filter : filters) {
            String query = filter == null ? select : select + "&$filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
            while (query != null) {
                JsonNode page = page(webApi.get(user, table.entitySet(), query, PAGES));
                page.path("value").forEach(row -> rows.put(row.path(table.keyColumn()).asText(), row));
                query = page.has("@odata.nextLink") ? URI.create(page.path("@odata.nextLink").asText()).getRawQuery() : null;
            }
        }
        return rows;
    }

    private static JsonNode page(ODataResponse response) {
        if (response.getStatusCode() != 200) {
            throw new IllegalArgumentException("The Web API refuses the device's query: " + InProcessWebApi.errorMessage(response));
        }
        try (InputStream body = response.getContent()) {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Web API's answer", e);
        }
    }

    private Optional<DataverseTable> deviceTable(String logicalName) {
        return schema.byLogicalName(logicalName)
                .filter(table -> onDevice.all().stream().anyMatch(mapping -> mapping.eClass() == table.eClass()));
    }

    /** The rows taken so far, of the tables a device keeps. */
    private record Taken(Map<String, Map<String, JsonNode>> held) implements DeviceQueries.Held {

        @Override
        public Set<String> referencedKeys(String table, String lookupColumn) {
            return held.getOrDefault(table, Map.of()).values().stream().map(row -> row.path(lookupColumn))
                    .filter(JsonNode::isTextual).map(JsonNode::asText).collect(Collectors.toSet());
        }

        @Override
        public Set<String> keys(String table) {
            return held.getOrDefault(table, Map.of()).keySet();
        }
    }
}
