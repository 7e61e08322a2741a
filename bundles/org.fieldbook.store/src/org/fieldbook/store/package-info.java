/** The local store's API: the database on the device and its repositories. */
package org.fieldbook.store;
