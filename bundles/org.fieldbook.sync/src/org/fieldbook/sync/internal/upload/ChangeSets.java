package org.fieldbook.sync.internal.upload;

import java.util.List;
import java.util.Optional;

import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.internal.upload.BatchAnswer.Response;

/** Sends requests in one atomic change set and tells which request failed when the server refused it. */
final class ChangeSets {

    /** No request failed. */
    static final int NONE = Integer.MIN_VALUE;
    /** A request failed, but the answer does not say which. */
    static final int UNKNOWN = -1;

    /**
     * What became of a change set.
     *
     * @param versions every row's new version, in request order, when all succeeded
     * @param failed the position of the request that failed, {@link #NONE} or {@link #UNKNOWN}
     */
    record Result(long[] versions, int failed) {

        boolean succeeded() {
            return failed == NONE;
        }
    }

    private final UploadHttp http;

    ChangeSets(UploadHttp http) {
        this.http = http;
    }

    /** @throws org.fieldbook.sync.WebApiException when the server refuses the batch itself, e.g. 404 without {@code $batch} */
    Result send(List<UploadRequest> requests) throws SyncException {
        List<Response> responses = http.batch(BatchBody.changeSet(requests));
        Optional<Response> failure = responses.stream().filter(Response::failed).findFirst();
        if (failure.isPresent()) {
            int position = failure.get().contentId() - 1;
            return new Result(null, position >= 0 && position < requests.size() ? position : UNKNOWN);
        }
        if (responses.size() != requests.size()) {
            throw new SyncException("The back office answered a change set of " + requests.size() + " requests with "
                    + responses.size() + " answers.");
        }
        long[] versions = new long[requests.size()];
        for (int i = 0; i < responses.size(); i++) {
            Response response = responses.get(i);
            versions[response.contentId() > 0 && response.contentId() <= versions.length ? response.contentId() - 1 : i] = response.version();
        }
        return new Result(versions, NONE);
    }
}
