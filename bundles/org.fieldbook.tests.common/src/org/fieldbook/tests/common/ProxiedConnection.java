package org.fieldbook.tests.common;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One client connection through a {@link FaultProxy} and its connection to the target, pumped by two threads.
 * The client-to-target pump reads each request's line and picks the fault for the response to it before
 * sending it on; the target-to-client pump runs the response's bytes through that fault. HTTP/1.1 clients do
 * not pipeline, so every byte the target sends after a request belongs to that request's response.
 */
final class ProxiedConnection implements Fault.Client {

    private final Socket client;
    private final Socket target;
    private final Function<String, Fault> faults;
    private final Consumer<ProxiedConnection> onClose;
    private volatile Fault.ResponseEffect response = Fault.none().onResponse();

    /**
     * @param faults the fault for the response to a request line
     * @param onClose told when the connection closes
     */
    ProxiedConnection(Socket client, Socket target, Function<String, Fault> faults,
            Consumer<ProxiedConnection> onClose) {
        this.client = client;
        this.target = target;
        this.faults = faults;
        this.onClose = onClose;
    }

    void start() {
        Thread.ofVirtual().name("fault-proxy-requests").start(this::pumpRequests);
        Thread.ofVirtual().name("fault-proxy-responses").start(this::pumpResponses);
    }

    private void pumpRequests() {
        try {
            RequestStream requests = new RequestStream(new BufferedInputStream(client.getInputStream()));
            OutputStream out = target.getOutputStream();
            for (byte[] head; (head = requests.nextHead()) != null;) {
                Fault fault = faults.apply(RequestStream.requestLine(head));
                byte[] canned = fault.cannedAnswer();
                if (canned != null) {
                    write(canned, canned.length);
                    return;
                }
                response = fault.onResponse();
                out.write(head);
                requests.copyBody(head, out);
                out.flush();
            }
        } catch (IOException e) {
            // One side went away: the connection ends, as it would without the proxy.
        } finally {
            close();
        }
    }

    private void pumpResponses() {
        byte[] chunk = new byte[8192];
        try {
            InputStream in = target.getInputStream();
            for (int read; (read = in.read(chunk)) != -1;) {
                if (!response.relay(chunk, read, this)) {
                    return;
                }
            }
        } catch (IOException e) {
            // One side went away: the connection ends, as it would without the proxy.
        } finally {
            close();
        }
    }

    @Override
    public void write(byte[] bytes, int length) throws IOException {
        OutputStream out = client.getOutputStream();
        out.write(bytes, 0, length);
        out.flush();
    }

    @Override
    public void reset() {
        try {
            client.setSoLinger(true, 0);
        } catch (IOException e) {
            // Already closed: nothing left to reset.
        }
        close();
    }

    @Override
    public void close() {
        closeQuietly(client);
        closeQuietly(target);
        onClose.accept(this);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is all that is left to do with it.
        }
    }
}
