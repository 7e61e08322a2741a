/**
 * The upload half of a sync cycle: the outbox's edits sent to the back office in order, in atomic change sets
 * where it can, with conflicts and failures kept on the device for the technician and the administrators.
 */
package org.fieldbook.sync.internal.upload;
