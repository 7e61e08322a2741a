package org.fieldbook.sync.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.fieldbook.sync.BackOfficeAccount;
import org.fieldbook.sync.ServerBusyException;
import org.fieldbook.sync.SignInException;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.WebApiException;

/**
 * Requests to the back office as the signed-in user: the bearer token is added, renewed and the request sent
 * once more after a 401, and error statuses become exceptions that say what happened — {@link SignInException}
 * when the sign-in is refused, {@link ServerBusyException} with the wait for 429 and 503,
 * {@link WebApiException} with Dataverse's code and message for the rest.
 */
public final class AuthorizedHttp {

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private final CloseableHttpClient http;
    private final BackOfficeAccount account;

    public AuthorizedHttp(CloseableHttpClient http, BackOfficeAccount account) {
        this.http = http;
        this.account = account;
    }

    /**
     * Sends the request; {@code handler} reads successful answers (2xx and 304) and throws
     * {@link MalformedResponseException} for one it cannot read.
     *
     * @throws SyncException for the network, the sign-in or an error status
     */
    public <T> T execute(ClassicHttpRequest request, HttpClientResponseHandler<T> handler) throws SyncException {
        try {
            return attempt(request, handler);
        } catch (Unauthorized first) {
            try {
                return attempt(request, handler);
            } catch (Unauthorized again) {
                throw new SignInException("The back office refused the sign-in: sign in again.");
            }
        }
    }

    private <T> T attempt(ClassicHttpRequest request, HttpClientResponseHandler<T> handler) throws SyncException, Unauthorized {
        String token = account.accessToken();
        request.setHeader("Authorization", "Bearer " + token);
        try {
            return http.execute(request, response -> checked(request, response, handler));
        } catch (Unauthorized e) {
            account.rejected(token);
            throw e;
        } catch (IOException e) {
            throw failure(e, "Cannot reach the back office: ");
        }
    }

    /**
     * Reads an answer that came inside a {@code $batch} (sent with {@link #execute}) as if it had come to
     * {@code request} alone: error statuses become the same exceptions, the rest goes to {@code handler}.
     *
     * @param response an answer to {@code request} other than 401 (the batch itself carries the sign-in)
     */
    public <T> T answered(ClassicHttpRequest request, ClassicHttpResponse response, HttpClientResponseHandler<T> handler)
            throws SyncException {
        try {
            return checked(request, response, handler);
        } catch (IOException e) {
            throw failure(e, "Cannot read an answer of the back office: ");
        }
    }

    /** @param unread what to say before the cause when the answer could not be had at all */
    private static SyncException failure(IOException e, String unread) {
        if (e instanceof Failed failed) {
            return failed.failure;
        }
        if (e instanceof MalformedResponseException) {
            return new SyncException("The back office sent an answer this device cannot read: " + e.getMessage(), e);
        }
        return new SyncException(unread + describe(e), e);
    }

    private static <T> T checked(ClassicHttpRequest request, ClassicHttpResponse response, HttpClientResponseHandler<T> handler)
            throws IOException {
        int status = response.getCode();
        if (status == 401) {
            throw new Unauthorized();
        }
        if (status >= 300 && status != 304) {
            throw new Failed(failure(request, response));
        }
        try {
            return handler.handleResponse(response);
        } catch (HttpException e) {
            throw new IOException(e);
        }
    }

    private static SyncException failure(ClassicHttpRequest request, ClassicHttpResponse response) {
        int status = response.getCode();
        if (status == 429 || status == 503) {
            Duration wait = retryAfter(response.getFirstHeader("Retry-After"));
            return new ServerBusyException("The back office is busy (HTTP " + status + "): trying again in "
                    + wait.toSeconds() + " s.", wait);
        }
        String[] error = error(response);
        return new WebApiException(status, error[0], error[1] != null ? error[1]
                : "The back office answered " + request.getMethod() + " " + request.getRequestUri() + " with HTTP " + status + ".");
    }

    private static Duration retryAfter(Header header) {
        try {
            return header == null ? DEFAULT_WAIT : Duration.ofSeconds(Math.max(1, Long.parseLong(header.getValue().trim())));
        } catch (NumberFormatException e) {
            return DEFAULT_WAIT;
        }
    }

    /** @return Dataverse's {code, message}, either null when the body does not have them */
    private static String[] error(ClassicHttpResponse response) {
        if (response.getEntity() == null) {
            return new String[2];
        }
        try (InputStream body = response.getEntity().getContent()) {
            Map<String, String> error = JsonFields.first(body, "code", "message");
            return new String[] { error.get("code"), error.get("message") };
        } catch (IOException e) {
            return new String[2]; // not Dataverse's error JSON: the status alone must do
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** A 401, carried out of HttpClient's response handler. */
    private static final class Unauthorized extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** An error status, carried out of HttpClient's response handler. */
    private static final class Failed extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient SyncException failure;

        Failed(SyncException failure) {
            super(failure.getMessage());
            this.failure = failure;
        }
    }
}
