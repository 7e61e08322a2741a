package org.fieldbook.backoffice.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.fieldbook.backoffice.BackOfficeServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sign-ins sent from one loopback address of 127/8 (Linux routes them all to a server on 127.0.0.1), so a
 * test can play clients on different machines. {@code java.net.http} cannot choose the local address, so
 * this writes a minimal HTTP/1.0 request on a plain socket and reads the answer to the end.
 */
final class ClientAddress {

    private final String address;

    ClientAddress(String address) {
        this.address = address;
    }

    /** An answer of the token endpoint. */
    record Answer(int status, Map<String, String> headers, String body) {

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }

        JsonNode json() throws IOException {
            return WebApiSession.JSON.readTree(body);
        }
    }

    Answer signIn(BackOfficeServer server, String user, String password) throws IOException {
        return token(server, "grant_type=password&username=" + WebApiSession.encode(user) + "&password="
                + WebApiSession.encode(password));
    }

    /** Posts a form to the token endpoint. */
    Answer token(BackOfficeServer server, String form) throws IOException {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            socket.connect(new InetSocketAddress(server.tokenEndpoint().getHost(), server.port()));
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + BackOfficeServer.TOKEN_PATH + " HTTP/1.0\r\nHost: " + server.tokenEndpoint().getAuthority()
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private static Answer parse(InputStream in) throws IOException {
        String[] headAndBody = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r\n\r\n", 2);
        String[] lines = headAndBody[0].split("\r\n");
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, headAndBody.length > 1 ? headAndBody[1] : "");
    }
}
