/**
 * The sync engine's JSON layer: Dataverse collection responses streamed into model records in batches, and
 * outbox entries written as request bodies, both driven by the model's Dataverse mapping.
 */
package org.fieldbook.sync.internal.json;
