package org.fieldbook.backoffice.internal.updates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The administrator's mandatory update dates for devices, as a small JSON file of the update site
 * ({@value #NAME}), so a device learns them from the site it updates from, never from {@code /fieldbook/v1/}:
 * {@code {"mandatory": [{"version": "0.2.0", "after": "2026-12-10T17:00:00Z"}]}}. Like the site, it needs no
 * sign-in (versions and dates, no customer data); unlike the site's files it changes without a new release, so
 * devices are told not to keep it.
 */
public final class MandatoryUpdatesFile extends ReadOnlyServlet {

    /** The file's name in the site, beside p2's. */
    public static final String NAME = "mandatory-updates.json";

    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = new JsonFactory();

    private final transient UpdateDeadlines deadlines;

    public MandatoryUpdatesFile(UpdateDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = body();
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            try (OutputStream out = response.getOutputStream()) {
                out.write(body);
            }
        }
    }

    private byte[] body() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeArrayFieldStart("mandatory");
            for (UpdateDeadlines.Deadline deadline : deadlines.list()) {
                json.writeStartObject();
                json.writeStringField("version", deadline.version());
                json.writeStringField("after", deadline.mandatoryAfter().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return bytes.toByteArray();
    }
}
