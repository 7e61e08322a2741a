/**
 * Web modules that bundles of their own add to the back office's server (the admin console), and the
 * services a running server hands them.
 */
package org.fieldbook.backoffice.internal.web;
