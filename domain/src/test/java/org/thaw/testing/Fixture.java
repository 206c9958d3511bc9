package org.thaw.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The integration tests' people: two care teams and one ended assignment.
 *
 * <pre>
 * team of dr.one (PRIMARY) and dr.two (COVERING): Anna Ahlberg (pat.one), Bert Berg (pat.two)
 * team of dr.three (PRIMARY):                     Cora Carlsen (pat.three)
 * dr.three was Anna's PRIMARY until mid-2024 (ended: history, not access)
 * pat.nobody has an account but no patient record
 * Gus Grimm (pat.broken), on no care team: the database refuses to store any screener response of
 *   his (a test trigger), so a test can prove what survives a failure late in a submission
 * </pre>
 */
public final class Fixture {

    public static final UUID ANNA = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    public static final UUID BERT = UUID.fromString("00000000-0000-4000-8000-0000000000a2");
    public static final UUID CORA = UUID.fromString("00000000-0000-4000-8000-0000000000a3");
    /** The patient whose screener responses the database refuses to store. */
    public static final UUID GUS = UUID.fromString("00000000-0000-4000-8000-0000000000b9");

    public static final UUID DR_ONE = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    public static final UUID DR_TWO = UUID.fromString("00000000-0000-4000-8000-0000000000c2");
    public static final UUID DR_THREE = UUID.fromString("00000000-0000-4000-8000-0000000000c3");

    /** Anna chose her own zone; Bert's stored zone is not a zone, so the practice's applies. */
    public static final String ANNA_ZONE = "Europe/Oslo";

    public static final String BERT_STORED_ZONE = "Mars/Olympus_Mons";

    private Fixture() {}

    /** Inserts the fixture; runs once, as the schema owner, right after the migrations. */
    public static void insertInto(Connection c) throws SQLException {
        patient(c, ANNA, "pat.one", "Anna", "Ahlberg", ANNA_ZONE);
        patient(c, BERT, "pat.two", "Bert", "Berg", BERT_STORED_ZONE);
        patient(c, CORA, "pat.three", "Cora", "Carlsen", null);
        clinician(c, DR_ONE, "dr.one", "Dana", "Lind");
        clinician(c, DR_TWO, "dr.two", "Emil", "Strand");
        clinician(c, DR_THREE, "dr.three", "Farah", "Nyberg");

        Instant start = Instant.parse("2025-01-06T08:00:00Z");
        assign(c, ANNA, DR_ONE, "PRIMARY", start, null);
        assign(c, ANNA, DR_TWO, "COVERING", start, null);
        assign(c, BERT, DR_ONE, "PRIMARY", start, null);
        assign(c, BERT, DR_TWO, "COVERING", start, null);
        assign(c, CORA, DR_THREE, "PRIMARY", start, null);
        assign(
                c,
                ANNA,
                DR_THREE,
                "PRIMARY",
                Instant.parse("2024-01-08T08:00:00Z"),
                Instant.parse("2024-06-28T16:00:00Z"));

        patient(c, GUS, "pat.broken", "Gus", "Grimm", "UTC");
        try (var s = c.createStatement()) {
            s.execute("create function thaw.refuse_test_response() returns trigger language plpgsql as $$"
                    + " begin raise exception 'a failure forced by the tests'; end $$");
            s.execute("create trigger refuse_test_response before insert on thaw.screener_response for each row"
                    + " when (new.patient_id = '" + GUS + "') execute function thaw.refuse_test_response()");
        }
    }

    private static void patient(Connection c, UUID id, String username, String first, String last, String zone)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into thaw.patient (id, username, first_name, last_name, time_zone) values (?, ?, ?, ?, ?)")) {
            ps.setObject(1, id);
            ps.setString(2, username);
            ps.setString(3, first);
            ps.setString(4, last);
            ps.setString(5, zone);
            ps.executeUpdate();
        }
    }

    private static void clinician(Connection c, UUID id, String username, String first, String last)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into thaw.clinician (id, username, first_name, last_name) values (?, ?, ?, ?)")) {
            ps.setObject(1, id);
            ps.setString(2, username);
            ps.setString(3, first);
            ps.setString(4, last);
            ps.executeUpdate();
        }
    }

    private static void assign(Connection c, UUID patient, UUID clinician, String role, Instant from, Instant until)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into thaw.care_team_member (id, patient_id, clinician_id, role, assigned_at, ended_at)"
                        + " values (?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, patient);
            ps.setObject(3, clinician);
            ps.setString(4, role);
            ps.setTimestamp(5, Timestamp.from(from));
            ps.setTimestamp(6, until == null ? null : Timestamp.from(until));
            ps.executeUpdate();
        }
    }
}
