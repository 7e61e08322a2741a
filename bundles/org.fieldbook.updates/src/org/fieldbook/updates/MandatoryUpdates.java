package org.fieldbook.updates;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.Version;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The administrator's "updates mandatory after" dates, as the back office serves them beside the p2 repository
 * ({@value #FILE} in the update site, never over {@code /fieldbook/v1/}). A date belongs to a client version: an
 * update that brings a client older than that version up to it (or past it) may be postponed only until then.
 *
 * @param dates each version's date, as the site lists them
 */
public record MandatoryUpdates(List<Mandatory> dates) {

    /** The file's name in the update site. */
    public static final String FILE = "mandatory-updates.json";
    /** No date set: every update may be postponed. */
    public static final MandatoryUpdates NONE = new MandatoryUpdates(List.of());

    private static final JsonFactory JSON = new JsonFactory();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** An update reaching {@code version} is mandatory after {@code after}. */
    public record Mandatory(Version version, Instant after) {
    }

    public MandatoryUpdates {
        dates = List.copyOf(dates);
    }

    /**
     * @param installed the running client's version ("unknown" when it has no p2 profile: every date up to the update
     *        counts)
     * @param update the downloaded update's version
     * @return the earliest date of a version the update reaches and the installed client does not, or null for none
     */
    public Instant deadline(String installed, String update) {
        Version from = parse(installed).orElse(Version.emptyVersion);
        Version to = parse(update).orElse(null);
        if (to == null) {
            return null;
        }
        return dates.stream().filter(date -> from.compareTo(date.version()) < 0 && date.version().compareTo(to) <= 0)
                .map(Mandatory::after).min(Instant::compareTo).orElse(null);
    }

    /**
     * Reads the site's file: {@code {"mandatory": [{"version": "0.2.0", "after": "2026-12-10T17:00:00Z"}]}}; other
     * members are left for later versions of the file.
     *
     * @throws IOException for a file that is not that, naming what is wrong: no date of it is trusted then
     */
    public static MandatoryUpdates read(InputStream in) throws IOException {
        List<Mandatory> dates = new ArrayList<>();
        try (JsonParser json = JSON.createParser(in)) {
            expect(json.nextToken() == JsonToken.START_OBJECT, "it is not a JSON object");
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                if ("mandatory".equals(json.currentName())) {
                    expect(json.nextToken() == JsonToken.START_ARRAY, "\"mandatory\" is not a list");
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        dates.add(date(json));
                    }
                    expect(json.currentToken() == JsonToken.END_ARRAY, "\"mandatory\" holds something other than dates");
                } else {
                    json.nextToken();
                    json.skipChildren();
                }
            }
        }
        return new MandatoryUpdates(dates);
    }

    /**
     * Fetches the dates from the update site at {@code site} (no sign-in: the site is open to devices).
     *
     * @return the dates; {@link #NONE} when the site has no such file (a back office from before mandatory dates);
     *         empty when it cannot be reached or read, so the caller keeps what it knew
     */
    public static Optional<MandatoryUpdates> fetch(URI site) {
        URI file = site.resolve(FILE);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build()) {
            HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(file).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = answer.body()) {
                if (answer.statusCode() == 404) {
                    return Optional.of(NONE);
                }
                if (answer.statusCode() != 200) {
                    throw new IOException("answered " + answer.statusCode());
                }
                return Optional.of(read(body));
            }
        } catch (IOException e) {
            ILog.of(MandatoryUpdates.class).warn("Updates: the mandatory dates at " + file + " cannot be read: " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Mandatory date(JsonParser json) throws IOException {
        String version = null;
        String after = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if (value == JsonToken.VALUE_STRING && "version".equals(name)) {
                version = json.getText();
            } else if (value == JsonToken.VALUE_STRING && "after".equals(name)) {
                after = json.getText();
            } else {
                json.skipChildren();
            }
        }
        Optional<Version> parsed = parse(version);
        expect(parsed.isPresent(), "\"" + version + "\" is not a client version");
        try {
            return new Mandatory(parsed.get(), Instant.parse(after));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IOException("\"" + after + "\" is not an instant (e.g. 2026-12-10T17:00:00Z)", e);
        }
    }

    private static Optional<Version> parse(String version) {
        try {
            return version == null ? Optional.empty() : Optional.of(Version.parseVersion(version));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void expect(boolean holds, String otherwise) throws IOException {
        if (!holds) {
            throw new IOException(otherwise);
        }
    }
}
