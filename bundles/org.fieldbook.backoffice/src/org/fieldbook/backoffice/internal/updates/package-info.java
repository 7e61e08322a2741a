/**
 * The client's p2 update site, served from a folder the administrator names, and the administrator's dates after
 * which an update is mandatory, served beside it (docs/updates.md).
 */
package org.fieldbook.backoffice.internal.updates;
