package org.thaw.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.thaw.patient.boundary.CareTeamView;
import org.thaw.patient.boundary.CareTeams;
import org.thaw.patient.boundary.MemberInput;
import org.thaw.patient.boundary.PatientRecords;
import org.thaw.patient.boundary.TeamMember;
import org.thaw.plan.PlansTests;
import org.thaw.platform.InvalidInputException;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.testing.Fixture;

/**
 * Care teams as the practice admin manages them: the team and its history, a replacement that
 * ends old assignments and keeps them, refusals naming the field, and who may do what (only the
 * admin moves patients; a clinician reads only their own patients' team; the admin opens no
 * chart). Every change runs in a transaction that is rolled back, so the fixture's teams stay.
 */
public abstract class CareTeamsTests extends PlansTests {

    @Inject
    protected CareTeams careTeams;

    @Inject
    protected PatientRecords patientRecords;

    @Test
    void theAdminSeesEveryPatientsTeamWithItsHistoryByName() throws Exception {
        admin("admin.one");
        long before = lastAuditId();

        CareTeamView anna = careTeams.ofPatient(Fixture.ANNA);

        assertEquals("Anna Ahlberg", anna.patientName());
        assertEquals(List.of("dr.one PRIMARY", "dr.two COVERING"), described(anna.active()));
        assertEquals("Dana Lind", anna.primaryName());
        assertEquals(List.of("dr.three PRIMARY"), described(anna.history()), "the ended assignment is history");
        assertNotNull(anna.history().get(0).endedAt());
        AuditRow row = onlyAuditRowAfter(before);
        assertEquals(
                new AuditRow(
                        "sub-admin.one",
                        "admin.one",
                        "admin",
                        "READ",
                        "care_team",
                        Fixture.ANNA.toString(),
                        Fixture.ANNA,
                        "ALLOWED"),
                row);

        List<CareTeamView> all = careTeams.all();
        CareTeamView cora = all.stream()
                .filter(t -> t.patientId().equals(Fixture.CORA))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("dr.three PRIMARY"), described(cora.active()));
        assertTrue(
                all.stream()
                        .anyMatch(t ->
                                t.patientId().equals(Fixture.GUS) && t.active().isEmpty()),
                "a patient on no team is listed too");
        assertTrue(careTeams.clinicians().stream()
                .anyMatch(c -> c.username().equals("dr.two") && c.name().equals("Emil Strand")));
    }

    @Test
    void replacingATeamEndsTheOldAssignmentsKeepsThemAsHistoryAndMovesTheChart() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            admin("admin.one");
            CareTeamView moved = careTeams.replace(
                    Fixture.ANNA,
                    List.of(new MemberInput("dr.three", "PRIMARY"), new MemberInput("dr.one", "COVERING")));

            assertEquals(List.of("dr.three PRIMARY", "dr.one COVERING"), described(moved.active()));
            assertEquals(
                    Set.of("dr.one PRIMARY", "dr.two COVERING", "dr.three PRIMARY"),
                    Set.copyOf(described(moved.history())));
            assertEquals(
                    List.of(
                            "dr.one COVERING",
                            "dr.one PRIMARY ended",
                            "dr.three PRIMARY",
                            "dr.three PRIMARY ended",
                            "dr.two COVERING ended"),
                    direct.careTeamRows(Fixture.ANNA),
                    "nothing deleted: the old assignments ended, the new ones inserted");

            clinician("dr.three");
            assertEquals("Anna Ahlberg", patientRecords.profile(Fixture.ANNA).displayName(), "dr.three sees Anna now");
            clinician("dr.two");
            assertThrows(
                    RecordNotFoundException.class,
                    () -> patientRecords.profile(Fixture.ANNA),
                    "dr.two no longer sees Anna, the same not found as an unknown id");
        });
    }

    @Test
    void keepingAMemberWithTheSameRoleLeavesTheirAssignmentAsItIs() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            admin("admin.one");
            CareTeamView before = careTeams.ofPatient(Fixture.BERT);
            CareTeamView after = careTeams.replace(Fixture.BERT, List.of(new MemberInput("dr.one", "primary")));

            assertEquals(List.of("dr.one PRIMARY"), described(after.active()));
            assertEquals(
                    before.active().get(0).assignedAt(), after.active().get(0).assignedAt());
            assertEquals(List.of("dr.two COVERING"), described(after.history()));
        });
    }

    @Test
    void aBadTeamIsRefusedNamingEachFieldAndNothingChanges() throws Exception {
        admin("admin.one");
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> careTeams.replace(
                        Fixture.ANNA,
                        List.of(
                                new MemberInput("dr.nobody", "PRIMARY"),
                                new MemberInput("dr.one", "LEAD"),
                                new MemberInput("", "COVERING"))));
        assertEquals(Set.of("members[0].clinician", "members[1].role", "members[2].clinician"), fields(refused));

        assertEquals(
                Set.of("members"),
                fields(assertThrows(
                        InvalidInputException.class,
                        () -> careTeams.replace(
                                Fixture.ANNA,
                                List.of(new MemberInput("dr.one", "PRIMARY"), new MemberInput("dr.two", "PRIMARY"))))),
                "two PRIMARYs");
        assertEquals(
                Set.of("members"),
                fields(assertThrows(
                        InvalidInputException.class,
                        () -> careTeams.replace(Fixture.ANNA, List.of(new MemberInput("dr.two", "COVERING"))))),
                "no PRIMARY");
        assertEquals(
                Set.of("members"),
                fields(assertThrows(InvalidInputException.class, () -> careTeams.replace(Fixture.ANNA, List.of()))));
        assertEquals(
                Set.of("members[1].clinician"),
                fields(assertThrows(
                        InvalidInputException.class,
                        () -> careTeams.replace(
                                Fixture.ANNA,
                                List.of(new MemberInput("dr.one", "PRIMARY"), new MemberInput("dr.one", "COVERING"))))),
                "the same clinician twice");
        assertThrows(
                RecordNotFoundException.class,
                () -> careTeams.replace(UUID.randomUUID(), List.of(new MemberInput("dr.one", "PRIMARY"))));

        inATransactionThatIsRolledBack(() -> assertEquals(
                List.of("dr.one PRIMARY", "dr.three PRIMARY ended", "dr.two COVERING"),
                direct.careTeamRows(Fixture.ANNA),
                "Anna's rows, untouched"));
    }

    @Test
    void aClinicianMayNotMovePatientsNorReadAnotherTeamsTeam() throws Exception {
        clinician("dr.one");
        long before = lastAuditId();

        assertThrows(
                AccessDeniedException.class,
                () -> careTeams.replace(Fixture.ANNA, List.of(new MemberInput("dr.one", "PRIMARY"))),
                "not even their own patient");
        assertThrows(
                AccessDeniedException.class,
                () -> careTeams.replace(Fixture.CORA, List.of(new MemberInput("dr.one", "PRIMARY"))),
                "nor another team's");
        assertThrows(AccessDeniedException.class, () -> careTeams.ofPatient(Fixture.CORA));
        assertThrows(AccessDeniedException.class, careTeams::all);
        assertThrows(
                RecordNotFoundException.class,
                () -> careTeams.teamOf(Fixture.CORA),
                "another team's patient: the same not found as an unknown id");
        assertThrows(RecordNotFoundException.class, () -> careTeams.teamOf(UUID.randomUUID()));

        List<AuditRow> rows = auditRowsAfter(before);
        assertEquals(6, rows.size(), "one event per attempt: " + rows);
        assertTrue(rows.stream().allMatch(r -> r.outcome().equals("DENIED")), rows.toString());
        assertEquals(List.of("dr.three PRIMARY"), described(teamAsAdmin(Fixture.CORA)));

        clinician("dr.two");
        assertEquals(List.of("dr.one PRIMARY", "dr.two COVERING"), described(careTeams.teamOf(Fixture.ANNA)));
    }

    @Test
    void theAdminOpensNoChart() throws Exception {
        admin("admin.one");
        long before = lastAuditId();

        assertThrows(AccessDeniedException.class, () -> patientRecords.profile(Fixture.ANNA));
        assertThrows(AccessDeniedException.class, () -> patientJournal.between(Fixture.ANNA, null, null));
        assertThrows(AccessDeniedException.class, () -> flags.ofPatient(Fixture.ANNA));
        assertThrows(AccessDeniedException.class, () -> screeners.results(Fixture.ANNA));
        assertThrows(AccessDeniedException.class, () -> careTeams.teamOf(Fixture.ANNA));

        List<AuditRow> rows = auditRowsAfter(before);
        assertEquals(5, rows.size(), rows.toString());
        assertTrue(rows.stream()
                .allMatch(r -> r.outcome().equals("DENIED") && r.role().equals("admin")));
    }

    private List<TeamMember> teamAsAdmin(UUID patientId) {
        String was = caller.usernameIfKnown().orElse(null);
        admin("admin.one");
        List<TeamMember> active = careTeams.ofPatient(patientId).active();
        if (was != null) {
            clinician(was);
        }
        return active;
    }

    protected static List<String> described(List<TeamMember> members) {
        List<String> described = new ArrayList<>();
        for (TeamMember m : members) {
            described.add(m.clinician() + " " + m.role());
        }
        return described;
    }
}
