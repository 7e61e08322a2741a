package org.fieldbook.tests.common.entra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import javax.net.ssl.SSLContext;

/**
 * A test's browser for the authorization code flow: it opens the sign-in page at the test authority (the user
 * signs in at once), posts the answer back to the app's loopback listener as the page's self-posting form
 * would (or follows the redirect), and remembers what it was asked
 * to open. A page can be altered on the way, as an attacker in the middle would.
 */
public final class LoopbackBrowser {

    private final HttpClient http;
    private final UnaryOperator<URI> alter;
    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private final List<Integer> redirectStatuses = new CopyOnWriteArrayList<>();

    /** @param alter what happens to the sign-in page's address before it is opened */
    public LoopbackBrowser(SSLContext tls, UnaryOperator<URI> alter) {
        this.http = HttpClient.newBuilder().sslContext(tls).followRedirects(HttpClient.Redirect.NEVER).build();
        this.alter = alter;
    }

    public LoopbackBrowser(SSLContext tls) {
        this(tls, UnaryOperator.identity());
    }

    /** Opens {@code page} on a thread of its own, as a browser process would, and says it took the page. */
    public boolean open(URI page) {
        opened.add(page);
        Thread.ofVirtual().start(() -> visit(alter.apply(page)));
        return true;
    }

    /** @return the pages the app asked to open */
    public List<URI> opened() {
        return List.copyOf(opened);
    }

    /** @return the query of the first page opened, decoded */
    public Map<String, String> firstQuery() {
        return Forms.parse(opened.get(0).getRawQuery());
    }

    /** @return what the app's loopback listener answered the redirect with */
    public List<Integer> redirectStatuses() {
        return List.copyOf(redirectStatuses);
    }

    private void visit(URI page) {
        try {
            HttpResponse<Void> signIn = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding());
            HttpRequest back = signIn.headers().firstValue(EntraOnLoopback.FORM_ACTION)
                    .map(action -> HttpRequest.newBuilder(URI.create(action)).header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(signIn.headers().firstValue(EntraOnLoopback.FORM_FIELDS).orElse(""))).build())
                    .orElseGet(() -> HttpRequest.newBuilder(URI.create(signIn.headers().firstValue("Location").orElseThrow())).build());
            redirectStatuses.add(http.send(back, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            redirectStatuses.add(-1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
