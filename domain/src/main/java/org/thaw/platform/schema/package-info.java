/**
 * Database set-up that must run once, before any app starts: roles, the database, Flyway
 * migrations and the application role's grants. Called by the launcher ({@code run} and {@code
 * migrate}) and by the tests' database bootstrap; never by the wars, which is why Flyway is an
 * optional dependency of this module and absent from them.
 */
package org.thaw.platform.schema;
