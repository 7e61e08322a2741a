/**
 * What every request meets before and after its servlet: size and depth limits, and errors in Dataverse's JSON
 * shape, with a logged reference for each server fault.
 */
package org.fieldbook.backoffice.internal.http;
