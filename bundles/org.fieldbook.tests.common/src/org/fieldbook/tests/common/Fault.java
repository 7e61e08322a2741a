package org.fieldbook.tests.common;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

/**
 * What a {@link FaultProxy} does to one response on its way back to the client. Byte counts include the status
 * line and headers, so a test can break a response before, inside or after its head; with a chunked body they
 * also count the chunk framing.
 */
public abstract class Fault {

    private static final Fault NONE = new Fault() {
        @Override
        ResponseEffect onResponse() {
            return (chunk, length, client) -> {
                client.write(chunk, length);
                return true;
            };
        }
    };

    Fault() {
    }

    /** @return a fault that passes every byte on unchanged */
    public static Fault none() {
        return NONE;
    }

    /** @return a fault that resets the connection (RST) after {@code bytes} bytes of the response: a dropped network */
    public static Fault cutAfter(long bytes) {
        return new ByteLimit(bytes, true);
    }

    /** @return a fault that resets the connection at a point below {@code within} bytes, drawn anew for each response */
    public static Fault cutAtRandom(Random random, long within) {
        return new Fault() {
            @Override
            ResponseEffect onResponse() {
                return new ByteLimit(random.nextLong(within), true).onResponse();
            }
        };
    }

    /** @return a fault that closes the connection cleanly (FIN) after {@code bytes} bytes: a server that stopped writing */
    public static Fault truncateAfter(long bytes) {
        return new ByteLimit(bytes, false);
    }

    /** @return a fault that holds every chunk of the response back for {@code delay}: a slow or stalled network */
    public static Fault delayEachChunk(Duration delay) {
        return eachChunkAfter(() -> pause(delay));
    }

    /**
     * @param release opened by the test once it has seen what the client does while it waits
     * @return a fault that holds every response back until {@code release} opens: a server still working, for as
     *         long as the test needs, with no clock involved
     */
    public static Fault holdUntil(CountDownLatch release) {
        return eachChunkAfter(() -> await(release));
    }

    /**
     * @param offset the body byte, counted from the first byte after the head's blank line
     * @return a fault that replaces that byte with NUL, which no JSON may hold raw
     */
    public static Fault corruptBody(long offset) {
        return new Fault() {
            @Override
            ResponseEffect onResponse() {
                return new BodyCorruption(offset);
            }
        };
    }

    /**
     * @param response a whole HTTP response, e.g. {@code "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 2\r\n…"}
     * @return a fault that answers with {@code response} instead of the target, then closes the connection
     */
    public static Fault answer(String response) {
        byte[] bytes = response.getBytes(StandardCharsets.ISO_8859_1);
        return new Fault() {
            @Override
            byte[] cannedAnswer() {
                return bytes.clone();
            }

            @Override
            ResponseEffect onResponse() {
                throw new IllegalStateException("A canned answer replaces the response");
            }
        };
    }

    /** @return {@link #answer} of an empty response with this status and {@code Retry-After}, as a throttling server sends */
    public static Fault busy(int status, String reason, Duration retryAfter) {
        return answer("HTTP/1.1 " + status + " " + reason + "\r\nRetry-After: " + retryAfter.toSeconds()
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    }

    /** @return the effect on one response, with its own byte counts */
    abstract ResponseEffect onResponse();

    /** @return the bytes to answer with instead of asking the target, or null to ask it */
    byte[] cannedAnswer() {
        return null;
    }

    /** @return a fault that passes every chunk of the response on once {@code wait} has returned */
    private static Fault eachChunkAfter(Wait wait) {
        return new Fault() {
            @Override
            ResponseEffect onResponse() {
                return (chunk, length, client) -> {
                    wait.run();
                    client.write(chunk, length);
                    return true;
                };
            }
        };
    }

    /** Something a response waits for, ended early only by the proxy closing. */
    @FunctionalInterface
    private interface Wait {
        void run() throws InterruptedIOException;
    }

    private static void pause(Duration delay) throws InterruptedIOException {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("The proxy closed while delaying a response");
        }
    }

    private static void await(CountDownLatch release) throws InterruptedIOException {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("The proxy closed while holding a response");
        }
    }

    /** What one response's bytes go through. */
    @FunctionalInterface
    interface ResponseEffect {

        /** @return whether the connection goes on; false once the effect has ended it */
        boolean relay(byte[] chunk, int length, Client client) throws IOException;
    }

    /** The client side of a proxied connection. */
    interface Client {

        void write(byte[] bytes, int length) throws IOException;

        /** Ends the connection with a reset, as a dropped network does. */
        void reset();

        /** Ends the connection with a clean close. */
        void close();
    }

    /** Passes a number of bytes, then ends the connection. */
    private static final class ByteLimit extends Fault {

        private final long limit;
        private final boolean reset;

        ByteLimit(long limit, boolean reset) {
            this.limit = limit;
            this.reset = reset;
        }

        @Override
        ResponseEffect onResponse() {
            long[] sent = { 0 };
            return (chunk, length, client) -> {
                int allowed = (int) Math.min(length, limit - sent[0]);
                client.write(chunk, allowed);
                sent[0] += allowed;
                if (sent[0] < limit) {
                    return true;
                }
                if (reset) {
                    client.reset();
                } else {
                    client.close();
                }
                return false;
            };
        }
    }

    /** Finds where the head ends, then spoils one body byte. */
    private static final class BodyCorruption implements ResponseEffect {

        private static final int HEAD_END = 0x0d0a0d0a;

        private final long offset;
        private int lastFour;
        private long body = -1;

        BodyCorruption(long offset) {
            this.offset = offset;
        }

        @Override
        public boolean relay(byte[] chunk, int length, Client client) throws IOException {
            for (int i = 0; i < length; i++) {
                if (body < 0) {
                    lastFour = lastFour << 8 | chunk[i] & 0xff;
                    body = lastFour == HEAD_END ? 0 : -1;
                } else if (body++ == offset) {
                    chunk[i] = 0;
                }
            }
            client.write(chunk, length);
            return true;
        }
    }
}
