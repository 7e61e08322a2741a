package org.fieldbook.tests.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The client-to-target half of a proxied connection, read request by request so that the proxy knows where
 * each request starts (keep-alive sends several over one connection). Bodies are framed by
 * {@code Content-Length}; after a chunked request body the rest of the connection is passed on unread.
 */
final class RequestStream {

    private static final int HEAD_END = 0x0d0a0d0a;

    private final InputStream in;
    private boolean sniffing = true;

    /** @param in a buffered stream: heads are read a byte at a time */
    RequestStream(InputStream in) {
        this.in = in;
    }

    /** @return the next request's head (request line and headers), or null at the end of the connection or after a chunked body */
    byte[] nextHead() throws IOException {
        if (!sniffing) {
            return null;
        }
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int lastFour = 0;
        for (int b; (b = in.read()) != -1;) {
            head.write(b);
            lastFour = lastFour << 8 | b;
            if (lastFour == HEAD_END) {
                return head.toByteArray();
            }
        }
        return null;
    }

    /** Passes the body that follows {@code head} on to {@code out}. */
    void copyBody(byte[] head, OutputStream out) throws IOException {
        String headers = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (headers.contains("\r\ntransfer-encoding:")) {
            sniffing = false;
            in.transferTo(out);
            return;
        }
        long length = contentLength(headers);
        byte[] buffer = new byte[8192];
        while (length > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, length));
            if (read < 0) {
                return;
            }
            out.write(buffer, 0, read);
            length -= read;
        }
    }

    static String requestLine(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.substring(0, text.indexOf("\r\n"));
    }

    private static long contentLength(String headers) {
        int at = headers.indexOf("\r\ncontent-length:");
        if (at < 0) {
            return 0;
        }
        int start = at + "\r\ncontent-length:".length();
        return Long.parseLong(headers.substring(start, headers.indexOf("\r\n", start)).trim());
    }
}
