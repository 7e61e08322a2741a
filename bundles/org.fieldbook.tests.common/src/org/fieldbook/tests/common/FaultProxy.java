package org.fieldbook.tests.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A TCP proxy on a free loopback port that breaks HTTP responses on purpose, to test how a client lives through
 * a bad network or a failing server. It passes bytes through until told otherwise; {@link #inject} sets the
 * {@link Fault} that the {@link Requests} it names get (cut, truncated, delayed, corrupted or answered by the
 * proxy), {@link #refuseConnections()} turns new connections away, and {@link #heal()} ends all of that. Faults
 * can be switched from any thread while connections are open; each applies from the next request on.
 * <p>
 * Registered in a static field, it serves a test class and heals after each test; in an instance field,
 * each test gets its own. It is also {@link AutoCloseable}.
 */
public final class FaultProxy implements AutoCloseable, BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private final IntSupplier targetPort;
    private final ServerSocket listener;
    private final Set<ProxiedConnection> open = ConcurrentHashMap.newKeySet();
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private volatile Rule rule = new Rule(Fault.none(), Requests.all());
    private volatile boolean refusing;
    private boolean perClass;

    private FaultProxy(IntSupplier targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("fault-proxy-" + port()).start(this::accept);
    }

    /** @return a proxy to {@code targetPort} on loopback, listening already */
    public static FaultProxy to(int targetPort) {
        return to(() -> targetPort);
    }

    /**
     * @param targetPort asked for each new connection, so the target may start after the proxy (e.g. the port of
     *        a {@link BackOfficeOnLoopback} that starts before all tests)
     * @return a proxy to that port on loopback, listening already
     */
    public static FaultProxy to(IntSupplier targetPort) {
        try {
            return new FaultProxy(targetPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the proxy's port", e);
        }
    }

    /** @return the loopback port clients connect to */
    public int port() {
        return listener.getLocalPort();
    }

    /** @return {@code uri} with its host and port replaced by the proxy's, e.g. a back office's service root */
    public URI route(URI uri) {
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return URI.create(uri.getScheme() + "://" + listener.getInetAddress().getHostAddress() + ":" + port()
                + uri.getRawPath() + query);
    }

    /** Gives every request from now on {@code fault}. */
    public FaultProxy inject(Fault fault) {
        return inject(fault, Requests.all());
    }

    /** Gives {@code requests} from now on {@code fault}; the others, and every request of other faults before, pass. */
    public FaultProxy inject(Fault fault, Requests requests) {
        rule = new Rule(fault, requests);
        return this;
    }

    /** Closes every new connection as soon as it is accepted, as a host whose server went down. */
    public FaultProxy refuseConnections() {
        refusing = true;
        return this;
    }

    /** Passes everything through again and accepts connections; open connections keep running. */
    public FaultProxy heal() {
        refusing = false;
        return inject(Fault.none());
    }

    /** @return how many requests the fault injected last has hit so far, to prove a test broke something */
    public int faultsInjected() {
        return rule.hits.get();
    }

    /** @return the request lines seen so far, in order, e.g. {@code GET /api/data/v9.2/products HTTP/1.1} */
    public List<String> requestLines() {
        return List.copyOf(requestLines);
    }

    /** Stops listening and closes every open connection. */
    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // Not listening any more either way.
        }
        open.forEach(ProxiedConnection::close);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perClass) {
            heal();
        } else {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                connect(listener.accept());
            } catch (IOException e) {
                // Closed while waiting, or one connection failed: the loop condition tells which.
            }
        }
    }

    private void connect(Socket client) throws IOException {
        if (refusing) {
            client.close();
            return;
        }
        Socket target;
        try {
            target = new Socket(InetAddress.getLoopbackAddress(), targetPort.getAsInt());
        } catch (IOException e) {
            client.close(); // the target is down: the client sees its connection closed
            return;
        }
        ProxiedConnection connection = new ProxiedConnection(client, target, this::faultFor, open::remove);
        open.add(connection);
        connection.start();
    }

    private Fault faultFor(String requestLine) {
        requestLines.add(requestLine);
        return rule.faultFor(requestLine);
    }

    /** A fault and the requests it hits, with its counts since it was injected. */
    private static final class Rule {

        private final Fault fault;
        private final Requests requests;
        private final AtomicInteger matched = new AtomicInteger();
        private final AtomicInteger hits = new AtomicInteger();

        Rule(Fault fault, Requests requests) {
            this.fault = fault;
            this.requests = requests;
        }

        Fault faultFor(String requestLine) {
            if (fault == Fault.none() || !requests.matches(requestLine) || !requests.hits(matched.incrementAndGet())) {
                return Fault.none();
            }
            hits.incrementAndGet();
            return fault;
        }
    }
}
