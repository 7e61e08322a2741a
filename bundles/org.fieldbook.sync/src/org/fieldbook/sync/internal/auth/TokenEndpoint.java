package org.fieldbook.sync.internal.auth;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.fieldbook.sync.SignInException;
import org.fieldbook.sync.SyncException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** The back office's OAuth 2 token endpoint: the password grant to sign in, the refresh-token grant to renew. */
final class TokenEndpoint {

    private static final JsonFactory JSON = new JsonFactory();

    /** What the endpoint hands out. */
    record Tokens(String accessToken, String refreshToken, Duration expiresIn) {
    }

    private final URI uri;
    private final CloseableHttpClient http;

    TokenEndpoint(URI uri, CloseableHttpClient http) {
        this.uri = uri;
        this.http = http;
    }

    Tokens signIn(String userName, char[] password) throws SyncException {
        return request(List.of(new BasicNameValuePair("grant_type", "password"), new BasicNameValuePair("username", userName),
                new BasicNameValuePair("password", new String(password))), "The user name or password is wrong.");
    }

    Tokens refresh(String refreshToken) throws SyncException {
        return request(List.of(new BasicNameValuePair("grant_type", "refresh_token"),
                new BasicNameValuePair("refresh_token", refreshToken)), "The sign-in has lapsed: sign in again.");
    }

    private Tokens request(List<NameValuePair> form, String refusal) throws SyncException {
        HttpPost post = new HttpPost(uri);
        post.setEntity(new UrlEncodedFormEntity(form));
        post.setHeader("Accept", "application/json");
        try {
            return http.execute(post, response -> answer(response, refusal));
        } catch (RefusedException e) {
            throw new SignInException(e.getMessage());
        } catch (IOException e) {
            throw new SyncException("Cannot reach the back office at " + uri + " to sign in: " + e.getMessage(), e);
        }
    }

    private static Tokens answer(ClassicHttpResponse response, String refusal) throws IOException {
        int status = response.getCode();
        if (status == 400 || status == 401) {
            throw new RefusedException(refusal);
        }
        if (status == 429) {
            Header wait = response.getFirstHeader("Retry-After");
            throw new RefusedException("Too many sign-in attempts: try again in "
                    + (wait == null ? "a minute." : wait.getValue() + " seconds."));
        }
        if (status != 200 || response.getEntity() == null) {
            throw new IOException("the token endpoint answered HTTP " + status);
        }
        try (InputStream body = response.getEntity().getContent()) {
            return parse(body);
        }
    }

    private static Tokens parse(InputStream body) throws IOException {
        String access = null;
        String refresh = null;
        long expiresIn = 0;
        try (JsonParser json = JSON.createParser(body)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the token endpoint's answer is not a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                case "access_token" -> access = json.getValueAsString();
                case "refresh_token" -> refresh = json.getValueAsString();
                case "expires_in" -> expiresIn = json.getValueAsLong();
                default -> json.skipChildren();
                }
            }
        }
        if (access == null || expiresIn <= 0) {
            throw new IOException("the token endpoint's answer has no access token or lifetime");
        }
        return new Tokens(access, refresh, Duration.ofSeconds(expiresIn));
    }

    /** The endpoint said no: carried out of HttpClient's response handler. */
    private static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }
}
