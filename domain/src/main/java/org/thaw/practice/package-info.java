/**
 * Practice-wide settings: the practice time zone now; thresholds, crisis resources text and office
 * hours join the same table as their features land. Settings are rows, not code, so the admin can
 * change them without a release.
 */
package org.thaw.practice;
