package org.fieldbook.sync.internal.upload;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A {@code $batch} body holding one change set: the server applies all its requests or none. Each request's
 * {@code Content-ID} is its position, counted from 1, so the answer can name the request that failed.
 *
 * @param contentType {@code multipart/mixed} with the batch's boundary
 */
record BatchBody(String contentType, byte[] bytes) {

    private static final String CRLF = "\r\n";

    static BatchBody changeSet(List<UploadRequest> requests) {
        String batch = "batch_" + UUID.randomUUID();
        String changeSet = "changeset_" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "--" + batch + CRLF + "Content-Type: multipart/mixed;boundary=" + changeSet + CRLF + CRLF);
        for (int i = 0; i < requests.size(); i++) {
            write(out, "--" + changeSet + CRLF);
            part(out, requests.get(i), i + 1);
        }
        write(out, "--" + changeSet + "--" + CRLF + "--" + batch + "--" + CRLF);
        return new BatchBody("multipart/mixed;boundary=" + batch, out.toByteArray());
    }

    private static void part(ByteArrayOutputStream out, UploadRequest request, int contentId) {
        StringBuilder head = new StringBuilder("Content-Type: application/http" + CRLF + "Content-Transfer-Encoding: binary" + CRLF)
                .append("Content-ID: ").append(contentId).append(CRLF).append(CRLF)
                .append(request.method()).append(' ').append(request.path()).append(" HTTP/1.1").append(CRLF)
                .append("Accept: application/json").append(CRLF);
        if (request.ifMatch() != null) {
            head.append("If-Match: ").append(request.ifMatch()).append(CRLF);
        }
        if (request.body() != null) {
            head.append("Content-Type: application/json").append(CRLF);
        }
        write(out, head.append(CRLF).toString());
        if (request.body() != null) {
            out.writeBytes(request.body());
        }
        write(out, CRLF);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
