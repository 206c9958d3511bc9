/**
 * The local launcher: one command starts a real PostgreSQL (embedded binaries), sets up roles and
 * migrations, starts Keycloak with the {@code thaw} realm written from a template, loads the demo
 * data once, and starts Payara Micro with both wars. {@code migrate} runs only the database step,
 * for production. The end-to-end tests start the same stack on their own ports and data folder.
 */
package org.thaw.deploy;
