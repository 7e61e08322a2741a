package org.fieldbook.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.demo.DemoData;
import org.fieldbook.backoffice.demo.DemoDataGenerator;
import org.fieldbook.backoffice.demo.DemoSize;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.dataverse.DataverseSchema;
import org.fieldbook.model.dataverse.DataverseTable;
import org.fieldbook.model.dataverse.FetchXml;
import org.fieldbook.model.dataverse.ProfileJson;
import org.fieldbook.model.offline.DeviceQueries;
import org.fieldbook.model.offline.RelativeDates;
import org.fieldbook.sync.internal.faults.Device;
import org.fieldbook.tests.common.BackOfficeOnLoopback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The shipped default profile round-trips: stored by the back office as it ships, served as Dataverse's profile rows
 * with its booking filter as FetchXML, read by the device, and evaluated to the same bookings as the stored filter.
 */
class DataverseProfileTest {

    private static final DataverseTable BOOKINGS = DataverseSchema.fieldbook().byLogicalName("bookableresourcebooking").orElseThrow();

    private static final DeviceQueries.Held NOTHING_HELD = DeviceQueries.Held.nothing();

    @RegisterExtension
    final BackOfficeOnLoopback backOffice = new BackOfficeOnLoopback();

    @TempDir
    Path folder;

    private DemoData demo;
    private Device device;

    @BeforeEach
    void signIn() throws Exception {
        demo = new DemoDataGenerator(11, LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC).generate(new DemoSize(3, 60, 15, 10));
        backOffice.server().loadDemoData(demo);
        device = Device.signedIn(backOffice.serviceRoot(), folder, "tech1");
    }

    @AfterEach
    void close() throws Exception {
        device.close();
    }

    @Test
    void theDeviceReadsTheShippedProfileFromDataversesTables() throws Exception {
        DeviceProfile read = fetch();
        OfflineProfile shipped = shipped();

        assertThat(read.userId()).isEqualTo(demo.technicianUserIds().get(0));
        assertThat(read.bookableResourceId()).isNotNull();
        assertThat(read.profile().getId()).isEqualTo(shipped.getId());
        assertThat(read.profile().getName()).isEqualTo(shipped.getName());
        assertThat(summary(read.profile())).isEqualTo(summary(shipped));
        OfflineProfileItem bookings = item(read.profile(), "bookableresourcebooking");
        assertThat(bookings.getCustomFilter()).startsWith("<fetch");
        assertThat(FetchXml.toODataFilter(bookings.getCustomFilter(), BOOKINGS, read.caller()))
                .contains("(" + item(shipped, "bookableresourcebooking").getCustomFilter() + ")");
        assertThat(ProfileSource.cached(device.store().configuration())).as("kept for an offline start").hasValueSatisfying(cached -> {
            assertThat(cached.userId()).isEqualTo(read.userId());
            assertThat(cached.profile().getItems()).hasSameSizeAs(read.profile().getItems());
        });
    }

    @Test
    void itsFetchXmlSelectsTheBookingsTheStoredFilterSelects() throws Exception {
        DeviceProfile read = fetch();
        OfflineProfileItem served = item(read.profile(), "bookableresourcebooking");
        Clock sydney = Clock.system(ZoneId.of("Australia/Sydney"));

        String fromFetchXml = DeviceQueries.filters(served, BOOKINGS, read.caller(), NOTHING_HELD, sydney).get(0);
        String fromStored = RelativeDates.resolve(item(shipped(), "bookableresourcebooking").getCustomFilter(), sydney);

        Set<String> bookings = bookingKeys(fromFetchXml);
        assertThat(bookings).isNotEmpty().isEqualTo(bookingKeys(fromStored));
    }

    private DeviceProfile fetch() throws Exception {
        return new ProfileSource(device.http(), device.serviceRoot(), device.store().configuration()).fetch(ReadsAhead.none());
    }

    private Set<String> bookingKeys(String filter) throws Exception {
        HttpGet get = new HttpGet(device.serviceRoot().resolve("bookableresourcebookings?$select=bookableresourcebookingid&$filter="
                + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20")));
        get.setHeader("Accept", "application/json");
        List<Map<String, String>> rows = device.http().execute(get, response -> {
            try (InputStream body = response.getEntity().getContent()) {
                return JsonRows.read(body);
            }
        });
        Set<String> keys = new HashSet<>();
        rows.forEach(row -> keys.add(row.get("bookableresourcebookingid")));
        return keys;
    }

    /** @return the profile as the back office ships and stores it */
    private static OfflineProfile shipped() throws Exception {
        try (InputStream in = BackOfficeServer.class.getResourceAsStream("/profiles/default-profile.json")) {
            return ProfileJson.read(new ObjectMapper().readTree(in).path("profile").toString());
        }
    }

    /** @return per item: table, criterion, interval and relationships, in one comparable text each */
    private static List<String> summary(OfflineProfile profile) {
        return profile.getItems().stream().map(item -> item.getTableName() + " " + item.getDownloadFilter().getValue() + " "
                + item.getSyncIntervalMinutes() + " " + item.getRelationships().stream()
                        .map(relationship -> relationship.getFromTable() + "." + relationship.getLookupColumn() + "->" + relationship.getToTable())
                        .sorted().toList())
                .sorted(Comparator.naturalOrder()).toList();
    }

    private static OfflineProfileItem item(OfflineProfile profile, String table) {
        return profile.getItems().stream().filter(item -> item.getTableName().equals(table)).findFirst().orElseThrow();
    }
}
