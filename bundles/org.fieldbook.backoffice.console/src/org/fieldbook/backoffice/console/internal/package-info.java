/**
 * The admin console under {@code /admin/}: its door (session, throttle, CSRF), its pages from the bundle's
 * {@code web/} folder, and the JSON calls their scripts make, each over the back office's own services.
 */
package org.fieldbook.backoffice.console.internal;
