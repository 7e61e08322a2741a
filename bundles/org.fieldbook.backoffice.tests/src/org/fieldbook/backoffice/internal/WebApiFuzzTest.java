package org.fieldbook.backoffice.internal;

import java.io.IOException;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbook.backoffice.demo.DemoSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Random {@code $filter}s and headers, alone and inside {@code $batch}: whatever the request, the answer is never a
 * 5xx, never shows a Java name, and every 4xx is a JSON error. The build uses a fixed seed, so its verdict never
 * depends on chance; {@code -Dfieldbook.test.vmargs="-Xmx1g -Dfuzz.seed=random"} explores new requests and
 * {@code -Dfuzz.seed=N} there replays the seed a failure names (the test runtime is a JVM of its own).
 */
class WebApiFuzzTest {

    @RegisterExtension
    static final BackOfficeFixture BACK_OFFICE = BackOfficeFixture.withDemo(17, new DemoSize(3, 30, 10, 8));

    private static final int REQUESTS = 300;
    private static final int BATCHES = 40;
    private static final int WRITES = 150;
    private static final Pattern INNER_STATUS = Pattern.compile("HTTP/1\\.1 (\\d{3})");
    private static final String[] TABLES = { "accounts", "msdyn_workorders", "bookableresourcebookings", "syncerrors", "products" };
    private static final String[] COLUMNS = { "name", "msdyn_name", "starttime", "endtime", "duration", "actiondata", "errortime",
        "msdyn_systemstatus", "msdyn_latitude", "accountid", "_msdyn_serviceaccount_value", "telephone1", "nosuch", "Name" };
    private static final String[] OPERATORS = { "eq", "ne", "gt", "ge", "lt", "le", "has", "add", "in", "eqq", "" };
    private static final String[] HEADERS = { "Prefer", "If-Match", "If-None-Match", "Accept", "OData-Version", "OData-MaxVersion",
        "Content-Type" };

    private static WebApiSession tech1;

    private static final String SEED = System.getProperty("fuzz.seed", "20261203");

    private final long seed = "random".equals(SEED) ? System.nanoTime() : Long.parseLong(SEED);
    private final Random random = new Random(seed);

    @BeforeAll
    static void signIn() throws Exception {
        tech1 = BACK_OFFICE.demoUser("tech1");
    }

    @Test
    void randomFiltersAndHeadersNeverGetAServerErrorOrAJavaName() throws Exception {
        for (int i = 0; i < REQUESTS; i++) {
            String path = pick(TABLES) + "?$filter=" + encode(filter(random.nextInt(6)));
            String[] headers = headers();
            check(tech1.get(path, headers), path, headers);
        }
    }

    @Test
    void randomFiltersAndHeadersInsideABatchNeverGetAServerErrorOrAJavaName() throws Exception {
        for (int i = 0; i < BATCHES; i++) {
            List<String> paths = new ArrayList<>();
            for (int part = random.nextInt(5); part >= 0; part--) {
                paths.add(pick(TABLES) + "?$filter=" + encode(filter(random.nextInt(6))));
            }
            String[] headers = headers();
            HttpResponse<String> response = tech1.batchOfGets(paths, headers);
            check(response, String.join(" ; ", paths), headers);
            Matcher inner = INNER_STATUS.matcher(response.body());
            while (inner.find()) {
                assertThat(Integer.parseInt(inner.group(1))).as(failure(paths.toString(), headers)).isLessThan(500);
            }
        }
    }

    @Test
    void randomBodiesAndPathsNeverGetAServerErrorOrAJavaName() throws Exception {
        for (int i = 0; i < WRITES; i++) {
            String method = pick(new String[] { "POST", "PATCH", "DELETE", "GET", "PUT" });
            String path = path();
            String body = method.equals("GET") || method.equals("DELETE") ? null : body(random.nextInt(4));
            String[] headers = headers();
            String request = method + " " + path + " " + body;
            try {
                check(tech1.send(method, path, body, headers), request, headers);
            } catch (IOException e) {
                throw new AssertionError("no answer: " + failure(request, headers), e);
            }
        }
    }

    private String path() {
        String table = pick(TABLES);
        return switch (random.nextInt(6)) {
        case 0 -> table;
        case 1 -> table + "(" + UUID.randomUUID() + ")";
        case 2 -> table + "(" + encode(literal()) + ")";
        case 3 -> table + "(" + UUID.randomUUID() + ")/" + pick(COLUMNS) + (random.nextBoolean() ? "/$value" : "");
        case 4 -> encode(garbage());
        default -> table + "/" + pick(new String[] { "$count", "$ref", "$entity", "..", "%2e%2e", "$metadata" });
        };
    }

    /** A random JSON body: objects of known and unknown columns, any kind of value, sometimes not JSON at all. */
    private String body(int budget) {
        if (budget <= 0 || random.nextInt(5) == 0) {
            return switch (random.nextInt(5)) {
            case 0 -> garbage();
            case 1 -> "\"" + garbage().replace("\\", "").replace("\"", "") + "\"";
            case 2 -> "[".repeat(random.nextInt(3000));
            default -> literal().replace('\'', '"');
            };
        }
        StringBuilder object = new StringBuilder("{");
        for (int i = random.nextInt(4); i >= 0; i--) {
            String key = random.nextInt(4) == 0 ? pick(COLUMNS) + "@odata.bind" : pick(COLUMNS);
            object.append('"').append(key).append("\":").append(body(budget - 1)).append(i > 0 ? "," : "");
        }
        return object.append('}').toString();
    }

    private void check(HttpResponse<String> response, String request, String[] headers) throws Exception {
        String failure = failure(request, headers);
        assertThat(response.statusCode()).as(failure + "\n" + response.body()).isLessThan(500);
        assertThat(response.body()).as(failure).doesNotContainPattern(ErrorAnswers.INTERNALS);
        if (response.statusCode() >= 400) {
            try {
                ErrorAnswers.assertError(response, response.statusCode());
            } catch (AssertionError e) {
                throw new AssertionError(failure, e);
            }
        }
    }

    private String failure(String request, String[] headers) {
        String shown = request.length() > 600 ? request.substring(0, 600) + "…" : request;
        return "fuzz seed " + seed + " (replay: -Dfieldbook.test.vmargs=\"-Xmx1g -Dfuzz.seed=" + seed + "\"): " + shown
                + " headers " + String.join(", ", headers).replaceAll("(.{200}).+", "$1…");
    }

    /** A random expression; {@code budget} bounds its recursion, and a few are built huge on purpose. */
    private String filter(int budget) {
        int kind = random.nextInt(budget <= 0 ? 4 : 12);
        return switch (kind) {
        case 0, 1 -> pick(COLUMNS) + " " + pick(OPERATORS) + " " + literal();
        case 2 -> literal();
        case 3 -> garbage();
        case 4, 5 -> filter(budget - 1) + (random.nextBoolean() ? " and " : " or ") + filter(budget - 1);
        case 6 -> "not " + filter(budget - 1);
        case 7 -> "(" + filter(budget - 1) + ")";
        case 8 -> pick(new String[] { "contains", "startswith", "endswith", "tolower", "length", "nosuch" }) + "("
                + pick(COLUMNS) + "," + literal() + ")";
        case 9 -> "Microsoft.Dynamics.CRM." + pick(new String[] { "LastXDays", "NextXDays", "Today", "OnOrAfter", "Between", "X" })
                + "(PropertyName='" + pick(COLUMNS) + "',PropertyValue=" + literal() + ")";
        case 10 -> "(".repeat(random.nextInt(900)) + filter(0) + ")".repeat(random.nextInt(900));
        default -> String.join(random.nextBoolean() ? " or " : " and ",
                Collections.nCopies(1 + random.nextInt(1200), filter(0)));
        };
    }

    private String literal() {
        return switch (random.nextInt(10)) {
        case 0 -> "null";
        case 1 -> String.valueOf(random.nextBoolean());
        case 2 -> String.valueOf(random.nextLong());
        case 3 -> String.valueOf(random.nextDouble() * 1e300);
        case 4 -> "'" + "x'y".repeat(random.nextInt(3)) + "'";
        case 5 -> "'" + "z".repeat(random.nextInt(6000)) + "'";
        case 6 -> UUID.nameUUIDFromBytes(Long.toString(random.nextLong()).getBytes(StandardCharsets.UTF_8)).toString();
        case 7 -> "2026-" + (1 + random.nextInt(14)) + "-0" + random.nextInt(10) + "T00:00:00Z";
        case 8 -> garbage();
        default -> String.valueOf(random.nextInt(1000) - 500);
        };
    }

    private String garbage() {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i >= 0; i--) {
            text.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : 160 + random.nextInt(2000)));
        }
        return text.toString();
    }

    /** One or two random headers, sometimes far too long; printable ASCII, which is all a client can send. */
    private String[] headers() {
        int count = random.nextInt(3);
        String[] headers = new String[count * 2];
        for (int i = 0; i < count; i++) {
            headers[2 * i] = pick(HEADERS);
            headers[2 * i + 1] = headerValue();
        }
        return headers;
    }

    private String headerValue() {
        return switch (random.nextInt(7)) {
        case 0 -> "odata.maxpagesize=" + (random.nextInt(20_000) - 10_000);
        case 1 -> "odata.track-changes," + "odata.include-annotations=\"*\",".repeat(random.nextInt(120));
        case 2 -> "W/\"" + random.nextInt() + "\"";
        case 3 -> "application/" + "json;".repeat(random.nextInt(300));
        case 4 -> String.valueOf(random.nextDouble());
        case 5 -> "*";
        default -> garbage().replaceAll("[^ -~]", "q");
        };
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
