package org.fieldbook.bench;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.fieldbook.sync.internal.PooledHttpClients;

/**
 * Every HTTP request the simulated devices send, timed on the client from the moment HttpClient takes it
 * (waiting for a pooled connection included) to the answer's status line and headers, with its status.
 * The body is not in the time because the sync engine parses pages as they stream into the device's store,
 * which is the device's work, not the server's; Olingo serializes an answer whole before it is sent, so the
 * headers come when the server has done its part.
 */
final class RequestLog {

    /** Status "code" of a request that got no answer: a refused connection, a timeout, a reset. */
    static final int NO_ANSWER = 0;

    private final Latencies latencies = new Latencies();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

    /** @return a client as the sync engine's, whose requests are logged into whichever log {@code phase} holds */
    static CloseableHttpClient client(Phase phase) {
        return PooledHttpClients.builder().addExecInterceptorFirst("timing", interceptor(phase)).build();
    }

    private static ExecChainHandler interceptor(Phase phase) {
        return (ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain) -> {
            RequestLog log = phase.log;
            long start = System.nanoTime();
            try {
                ClassicHttpResponse response = chain.proceed(request, scope);
                log.answered(response.getCode(), System.nanoTime() - start);
                return response;
            } catch (IOException | HttpException | RuntimeException e) {
                log.answered(NO_ANSWER, System.nanoTime() - start);
                throw e;
            }
        };
    }

    private void answered(int status, long nanos) {
        latencies.add(nanos);
        statuses.computeIfAbsent(status, code -> new LongAdder()).increment();
    }

    int requests() {
        return latencies.count();
    }

    Latencies latencies() {
        return latencies;
    }

    /** @return requests per status, in status order */
    private Map<Integer, Long> statuses() {
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.sum()));
        return counts;
    }

    /** @return how many answers were 5xx or missing */
    long serverErrors() {
        return statuses().entrySet().stream().filter(entry -> entry.getKey() >= 500 || entry.getKey() == NO_ANSWER)
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** @return e.g. {@code 200: 1,234; 412: 5} */
    String describeStatuses() {
        StringBuilder text = new StringBuilder();
        statuses().forEach((status, count) -> text.append(text.isEmpty() ? "" : "; ")
                .append(status == NO_ANSWER ? "no answer" : status).append(": ").append(String.format("%,d", count)));
        return text.toString();
    }

    /** Which log requests go to now: the benchmark starts a new one for each phase (setup, load, final sync). */
    static final class Phase {

        private volatile RequestLog log = new RequestLog();

        /** @return the new phase's log */
        RequestLog next() {
            log = new RequestLog();
            return log;
        }
    }
}
