/**
 * The performance benchmark of the flag engine and the triage dashboard, run by its own command
 * ({@code ./mvnw -Pbench package -DskipTests}), never by {@code verify}: it starts the whole local
 * stack on its own ports with a throwaway data folder, fills PostgreSQL with a practice of a
 * realistic size, and times the dashboard's first page beside the same SQL over JDBC (the floor)
 * and a journal write at one day against a year of history, and then many patients writing at
 * once ({@code ConcurrentWriters}: closed-loop connections beside the
 * {@code GET /me} floor of the same run). The figures and what each one includes are in {@code
 * docs/performance.md}.
 *
 * <p>Out of scope: anything that changes the application to suit the measurement.
 */
package org.thaw.deploy.bench;
