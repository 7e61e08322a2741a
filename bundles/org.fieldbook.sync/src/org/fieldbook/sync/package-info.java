/** The sync engine's API: the back office connection and its Web API client. */
package org.fieldbook.sync;
