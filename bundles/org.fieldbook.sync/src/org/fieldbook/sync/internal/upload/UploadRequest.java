package org.fieldbook.sync.internal.upload;

/**
 * One write as the Web API takes it, alone or as a part of a change set.
 *
 * @param path relative to the service root, e.g. {@code msdyn_workorders(<guid>)}
 * @param ifMatch the {@code If-Match} header, or null for none
 * @param body the JSON body, or null for a delete
 */
record UploadRequest(String method, String path, String ifMatch, byte[] body) {
}
