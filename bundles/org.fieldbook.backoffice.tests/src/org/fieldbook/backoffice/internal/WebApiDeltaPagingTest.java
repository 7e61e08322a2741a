package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fieldbook.backoffice.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** Large deltas come in pages of {@code odata.maxpagesize}; following them sees every change once. */
class WebApiDeltaPagingTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.empty();

    private static final String PAGE_OF_3 = "odata.maxpagesize=3";

    private static WebApiSession api;

    @BeforeAll
    static void start() throws Exception {
        api = BACK_OFFICE.newUser("pager", Role.DISPATCHER);
    }

    @Test
    void followingTheNextLinksSeesEachChangeAndDeletionOnceAndTheDeltaLinkMissesNothingMeanwhile() throws Exception {
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            accounts.add(create("Account " + i));
        }
        String deltaLink = deltaLinkOf(api.json("accounts?$select=name", "Prefer", "odata.track-changes"));
        for (int i = 0; i < 3; i++) {
            patch(accounts.get(i), "Changed " + i);
        }
        delete(accounts.get(3));
        delete(accounts.get(4));
        String created = create("New");
        patch(accounts.get(0), "Changed again"); // one change of a row, however often it changed

        Delta first = new Delta();
        JsonNode page = api.json(deltaLink, "Prefer", PAGE_OF_3);
        assertThat(page.path("value")).hasSize(3);
        first.add(page);
        String changedMeanwhile = accounts.get(5);
        patch(changedMeanwhile, "Changed while paging");
        patch(accounts.get(1), "Changed twice");
        while (page.has("@odata.nextLink")) {
            assertThat(page.has("@odata.deltaLink")).isFalse();
            page = api.json(page.path("@odata.nextLink").asText(), "Prefer", PAGE_OF_3);
            assertThat(page.path("value").size()).isLessThanOrEqualTo(3);
            first.add(page);
        }

        assertThat(first.changed).containsExactlyInAnyOrder(accounts.get(0), accounts.get(1), accounts.get(2), created);
        assertThat(first.deleted).containsExactlyInAnyOrder(accounts.get(3), accounts.get(4));
        Delta second = new Delta();
        second.add(api.json(deltaLinkOf(page), "Prefer", PAGE_OF_3));
        assertThat(second.changed).containsExactlyInAnyOrder(changedMeanwhile, accounts.get(1));
        assertThat(second.deleted).isEmpty();
    }

    @Test
    void malformedTokensAndQueryOptionsChangeTrackingRefusesAreBadRequests() throws Exception {
        String now = Long.toString(Instant.now().getEpochSecond());
        assertThat(api.get("accounts?$deltatoken=" + DeltaTokens.of(BACK_OFFICE.databaseFolder(), "accounts", 0, Instant.now()))
                .statusCode()).isEqualTo(200);
        assertThat(api.get("accounts?$deltatoken=1.2.3!" + now).statusCode()).isEqualTo(400);
        assertThat(api.get("accounts?$deltatoken=x.2!" + now).statusCode()).isEqualTo(400);
        assertThat(api.get("accounts?$top=1&$deltatoken=0!" + now).statusCode()).isEqualTo(400);
        assertThat(api.get("contacts?$expand=parentcustomerid_account&$deltatoken=0!" + now).statusCode()).isEqualTo(400);
    }

    /** The keys a delta reported, changed and deleted, each at most once. */
    private static final class Delta {
        final List<String> changed = new ArrayList<>();
        final List<String> deleted = new ArrayList<>();

        void add(JsonNode page) {
            page.path("value").forEach(row -> {
                if (row.has("reason")) {
                    assertThat(row.path("@odata.context").asText()).endsWith("$metadata#accounts/$deletedEntity");
                    assertThat(deleted).doesNotContain(row.path("id").asText());
                    deleted.add(row.path("id").asText());
                } else {
                    assertThat(changed).doesNotContain(row.path("accountid").asText());
                    changed.add(row.path("accountid").asText());
                }
            });
        }
    }

    private static String deltaLinkOf(JsonNode lastPage) {
        assertThat(lastPage.has("@odata.nextLink")).isFalse();
        return lastPage.path("@odata.deltaLink").asText();
    }

    private static String create(String name) throws IOException, InterruptedException {
        String id = UUID.randomUUID().toString();
        assertThat(api.send("POST", "accounts", "{\"accountid\":\"" + id + "\",\"name\":\"" + name + "\"}").statusCode())
                .isEqualTo(204);
        return id;
    }

    private static void patch(String id, String name) throws IOException, InterruptedException {
        assertThat(api.send("PATCH", "accounts(" + id + ")", "{\"name\":\"" + name + "\"}").statusCode()).isEqualTo(204);
    }

    private static void delete(String id) throws IOException, InterruptedException {
        assertThat(api.send("DELETE", "accounts(" + id + ")", null).statusCode()).isEqualTo(204);
    }
}
