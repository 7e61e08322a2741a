/**
 * EMF records in Derby tables named after their Dataverse tables: mapping, values, encrypted databases and
 * forward schema migrations. Shared by the device's local store and the back office.
 */
package org.fieldbook.jdbc;
