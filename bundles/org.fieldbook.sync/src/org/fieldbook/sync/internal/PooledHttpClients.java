package org.fieldbook.sync.internal;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The one way Fieldbook builds HttpClient instances: pooled connections, a short connect timeout (a
 * tablet in a basement should learn it is offline quickly) and a read timeout long enough for big pages.
 * HttpClient asks for gzip and inflates answers on its own.
 */
public final class PooledHttpClients {

    private static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(5);
    private static final Timeout READ_TIMEOUT = Timeout.ofSeconds(30);
    /**
     * A pooled connection idle this long is checked before it is reused: the back office closes idle
     * connections (Jetty after 30 s), and a POST sent on one it closed fails with "the target server
     * failed to respond" (it is not sent again).
     */
    private static final TimeValue VALIDATE_AFTER_IDLE = TimeValue.ofSeconds(1);

    private PooledHttpClients() {
    }

    public static CloseableHttpClient create() {
        return create(READ_TIMEOUT);
    }

    /** @param readTimeout how long a read may wait for the next bytes; tests of a stalled back office wait less */
    public static CloseableHttpClient create(Timeout readTimeout) {
        return builder(readTimeout).build();
    }

    /**
     * @param validateAfterIdle how long a pooled connection may rest before it is checked: tests choose always or
     *        never, so that no request races the pool's clock
     */
    static CloseableHttpClient create(Timeout readTimeout, TimeValue validateAfterIdle) {
        return builder(readTimeout, validateAfterIdle).build();
    }

    /** @return a builder with these settings, for a caller that adds to them (the load benchmark times every request) */
    public static HttpClientBuilder builder() {
        return builder(READ_TIMEOUT);
    }

    private static HttpClientBuilder builder(Timeout readTimeout) {
        return builder(readTimeout, VALIDATE_AFTER_IDLE);
    }

    private static HttpClientBuilder builder(Timeout readTimeout, TimeValue validateAfterIdle) {
        ConnectionConfig connections = ConnectionConfig.custom()
                .setConnectTimeout(CONNECT_TIMEOUT)
                .setSocketTimeout(readTimeout)
                .setValidateAfterInactivity(validateAfterIdle)
                .build();
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(connections)
                        .build())
                .setRetryStrategy(new ClosedConnectionRetry());
    }

    /**
     * Sends a GET, HEAD or DELETE once more when the connection it went out on was closed by the server
     * without an answer: the back office closes a connection idle for 30 s, which a slow device applying a
     * big page can leave it. Never a POST or PATCH (they must not be sent twice), never on a timeout or an
     * unreachable server (offline must show quickly), never on a status: 429 and 503 are the sync
     * schedule's, with their Retry-After.
     */
    private static final class ClosedConnectionRetry extends DefaultHttpRequestRetryStrategy {

        ClosedConnectionRetry() {
            super(1, TimeValue.ZERO_MILLISECONDS);
        }

        @Override
        public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
            return false;
        }
    }
}
