/** The client's p2 update site, served from a folder the administrator names (docs/updates.md). */
package org.fieldbook.backoffice.internal.updates;
