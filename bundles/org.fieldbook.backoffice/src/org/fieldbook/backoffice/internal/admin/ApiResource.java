package org.fieldbook.backoffice.internal.admin;

/** A part of Fieldbook's API, serving the paths under one first segment. */
interface ApiResource {

    /** @return whether the request is for this resource */
    boolean serves(ApiRequest request);

    /** @throws ApiException to answer with an error */
    ApiResponse handle(ApiRequest request);
}
