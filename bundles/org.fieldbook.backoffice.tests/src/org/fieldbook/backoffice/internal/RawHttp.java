package org.fieldbook.backoffice.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.fieldbook.backoffice.BackOfficeServer;

/**
 * Requests written byte by byte on a socket, for what {@link java.net.http.HttpClient} will not send: broken URLs,
 * bodies that announce more than they carry.
 */
final class RawHttp {

    /** An answer: its status, its Content-Type and its body. */
    record Answer(int status, String contentType, String body) {
    }

    private RawHttp() {
    }

    /**
     * @param head the request line and headers, each ending in CRLF, without the blank line that ends them
     * @param body what to send after the head, maybe less than its Content-Length says
     */
    static Answer send(BackOfficeServer server, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(server.serviceRoot().getHost(), server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Host: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            // The server may answer before it has read the whole body, and then stop reading: write on the side.
            Thread.startVirtualThread(() -> {
                try {
                    out.write(body);
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // The answer is what the test reads.
                }
            });
            return parse(readAnswer(socket.getInputStream()));
        }
    }

    /** @return the next answer on a connection, once it arrived whole */
    static Answer read(InputStream in) throws IOException {
        return parse(readAnswer(in));
    }

    /** Reads until the connection closes or a whole answer with a Content-Length arrived. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            bytes.write(buffer, 0, read);
            String text = bytes.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            int length = end < 0 ? -1 : contentLength(text.substring(0, end));
            if (length >= 0 && text.length() - end - 4 >= length) {
                break;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).strip());
            }
        }
        return -1;
    }

    private static Answer parse(String answer) throws IOException {
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("No answer: the connection closed after " + answer.length() + " characters of one");
        }
        String head = answer.substring(0, end);
        String contentType = "";
        boolean chunked = false;
        for (String line : head.split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring(13).strip();
            }
            chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
        }
        String body = answer.substring(end + 4);
        return new Answer(Integer.parseInt(head.substring(9, 12)), contentType, chunked ? dechunk(body) : body);
    }

    private static String dechunk(String body) {
        StringBuilder whole = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                break;
            }
            whole.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return whole.toString();
    }
}
