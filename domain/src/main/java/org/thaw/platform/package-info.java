/**
 * What every capability shares: the clock and, for the launcher only, the database set-up
 * ({@code platform.schema}: roles, Flyway migrations, grants). The wars never run the set-up.
 */
package org.thaw.platform;
