package org.fieldbook.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.SignInException;
import org.fieldbook.sync.SyncException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A sign-in that keeps its access token in memory only: the product's account keeps the refresh token in
 * Equinox secure storage, which needs the OSGi runtime the benchmark does without. A run is shorter than a
 * token's hour, so it never renews.
 */
final class BenchAccount implements BackOfficeAccount {

    private static final JsonFactory JSON = new JsonFactory();

    private final URI tokenEndpoint;
    private final CloseableHttpClient http;
    private String userName;
    private String accessToken;

    BenchAccount(URI tokenEndpoint, CloseableHttpClient http) {
        this.tokenEndpoint = tokenEndpoint;
        this.http = http;
    }

    @Override
    public void signIn(String user, char[] password) throws SyncException {
        HttpPost post = new HttpPost(tokenEndpoint);
        post.setEntity(new UrlEncodedFormEntity(List.of(new BasicNameValuePair("grant_type", "password"),
                new BasicNameValuePair("username", user), new BasicNameValuePair("password", new String(password)))));
        try {
            accessToken = http.execute(post, response -> {
                if (response.getCode() != 200) {
                    throw new IOException("the token endpoint answered HTTP " + response.getCode());
                }
                try (InputStream body = response.getEntity().getContent()) {
                    return accessToken(body);
                }
            });
        } catch (IOException e) {
            throw new SignInException("Cannot sign in as " + user + ": " + e.getMessage());
        }
        userName = user;
    }

    private static String accessToken(InputStream body) throws IOException {
        try (JsonParser json = JSON.createParser(body)) {
            while (json.nextToken() != null) {
                if (json.currentToken() == JsonToken.FIELD_NAME && "access_token".equals(json.currentName())) {
                    return json.nextTextValue();
                }
            }
        }
        throw new IOException("the token endpoint's answer has no access token");
    }

    @Override
    public void signOut() {
        userName = null;
        accessToken = null;
    }

    @Override
    public Optional<String> userName() {
        return Optional.ofNullable(userName);
    }

    @Override
    public String accessToken() throws SyncException {
        if (accessToken == null) {
            throw new SignInException("Not signed in");
        }
        return accessToken;
    }

    @Override
    public void rejected(String token) {
        // A benchmark run outlives no token; a 401 is a failure to report, not to recover from.
    }
}
