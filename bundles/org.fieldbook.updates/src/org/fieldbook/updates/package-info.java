/**
 * The client's self-update through p2: checks the back office's update site, downloads in the background,
 * applies at a moment the technician accepts, and goes back to the previous p2 profile state when a new version
 * does not reach its workbench (docs/updates.md).
 */
package org.fieldbook.updates;
