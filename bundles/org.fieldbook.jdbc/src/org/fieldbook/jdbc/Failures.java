package org.fieldbook.jdbc;

/**
 * Makes the exception a database user reports, so the local store and the back office each throw their
 * own type with a message in their own words.
 */
@FunctionalInterface
public interface Failures {

    RuntimeException failure(String message, Throwable cause);
}
