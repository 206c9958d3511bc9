package org.thaw.patient.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thaw.patient.entity.CareTeamRole;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.testing.Deployments;
import org.thaw.testing.EnclosingTransaction;
import org.thaw.testing.Fixture;

/**
 * Care-team access and its audit trail, inside Payara Micro with Hibernate, the real migrations
 * and {@link Fixture}: boundaries are called directly, as the wars call them once the caller is
 * identified. One class on purpose: Payara Micro restarts for each Arquillian test class.
 */
@ExtendWith(ArquillianExtension.class)
class CareTeamIT {

    @Inject
    Caller caller;

    @Inject
    Caseload caseload;

    @Inject
    MyRecord myRecord;

    @Inject
    EnclosingTransaction enclosing;

    @Resource(lookup = "java:app/jdbc/thaw")
    DataSource db;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domainWar("care-team-it.war");
    }

    @Test
    void aPrimaryClinicianSeesExactlyTheirTeamsPatientsInNameOrder() throws SQLException {
        long before = lastAuditId();
        clinician("dr.one");

        List<CaseloadPatient> patients = caseload.patients();

        assertEquals(List.of("Anna Ahlberg", "Bert Berg"), names(patients));
        assertEquals(List.of(Fixture.ANNA, Fixture.BERT), patients.stream().map(CaseloadPatient::id).toList());
        assertEquals(List.of(CareTeamRole.PRIMARY, CareTeamRole.PRIMARY), roles(patients));
        assertEquals(new AuditRow("sub-dr.one", "dr.one", "clinician", "LIST", "caseload", null, null, "ALLOWED"),
                onlyAuditRowAfter(before));
    }

    @Test
    void aCoveringClinicianSeesTheSamePatientsAsCovering() {
        clinician("dr.two");

        List<CaseloadPatient> patients = caseload.patients();

        assertEquals(List.of("Anna Ahlberg", "Bert Berg"), names(patients));
        assertEquals(List.of(CareTeamRole.COVERING, CareTeamRole.COVERING), roles(patients));
    }

    @Test
    void anEndedAssignmentNoLongerPutsThePatientOnTheCaseload() {
        clinician("dr.three");

        assertEquals(List.of("Cora Carlsen"), names(caseload.patients()));
    }

    @Test
    void aPatientAskingForACaseloadIsRefusedAndTheRefusalIsAudited() throws SQLException {
        long before = lastAuditId();
        patient("pat.one");

        assertThrows(AccessDeniedException.class, caseload::patients);

        assertEquals(new AuditRow("sub-pat.one", "pat.one", "patient", "LIST", "caseload", null, null, "DENIED"),
                onlyAuditRowAfter(before));
    }

    @Test
    void aPatientReadsTheirOwnRecordAndTheReadIsAudited() throws SQLException {
        long before = lastAuditId();
        patient("pat.one");

        PatientProfile me = myRecord.me();

        assertEquals(new PatientProfile(Fixture.ANNA, "Anna Ahlberg", "Anna", Fixture.ANNA_ZONE), me);
        String anna = Fixture.ANNA.toString();
        assertEquals(new AuditRow("sub-pat.one", "pat.one", "patient", "READ", "patient", anna, Fixture.ANNA, "ALLOWED"),
                onlyAuditRowAfter(before));
    }

    @Test
    void theAuditOfARecordReadSurvivesTheRollbackOfAnEnclosingTransaction() throws SQLException {
        long before = lastAuditId();
        patient("pat.one");

        assertThrows(EnclosingTransaction.Failed.class, () -> enclosing.runThenFail(myRecord::me));

        AuditRow row = onlyAuditRowAfter(before);
        assertEquals("ALLOWED", row.outcome());
        assertEquals(Fixture.ANNA, row.patientId());
    }

    @Test
    void aPatientWhoseStoredZoneIsInvalidGetsThePracticeZone() {
        patient("pat.two");

        assertEquals("UTC", myRecord.me().timeZone());
    }

    @Test
    void anAccountWithoutAPatientRecordFindsNothingAndTheAttemptIsAudited() throws SQLException {
        long before = lastAuditId();
        patient("pat.nobody");

        assertThrows(RecordNotFoundException.class, myRecord::me);

        assertEquals(new AuditRow("sub-pat.nobody", "pat.nobody", "patient", "READ", "patient", null, null, "DENIED"),
                onlyAuditRowAfter(before));
    }

    @Test
    void aClinicianCannotOpenThePatientPortalRecord() throws SQLException {
        long before = lastAuditId();
        clinician("dr.one");

        assertThrows(AccessDeniedException.class, myRecord::me);

        assertEquals("DENIED", onlyAuditRowAfter(before).outcome());
    }

    private void clinician(String username) {
        caller.identify("sub-" + username, username, null, List.of("clinician", "offline_access"));
    }

    private void patient(String username) {
        caller.identify("sub-" + username, username, null, List.of("patient"));
    }

    private static List<String> names(List<CaseloadPatient> patients) {
        return patients.stream().map(CaseloadPatient::displayName).toList();
    }

    private static List<CareTeamRole> roles(List<CaseloadPatient> patients) {
        return patients.stream().map(CaseloadPatient::careTeamRole).toList();
    }

    /** One row of thaw.audit_event, without its id and time. */
    record AuditRow(String subject, String username, String role, String action, String recordType,
            String recordId, UUID patientId, String outcome) {}

    private long lastAuditId() throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from thaw.audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The audit rows written since {@code lastId}: exactly one is expected per boundary call. */
    private AuditRow onlyAuditRowAfter(long lastId) throws SQLException {
        List<AuditRow> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select actor_subject, actor_username, actor_role, action, record_type, record_id,"
                                + " patient_id, outcome from thaw.audit_event where id > ? order by id")) {
            ps.setLong(1, lastId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AuditRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8)));
                }
            }
        }
        assertEquals(1, rows.size(), () -> "one audit row per call, got " + rows);
        return rows.get(0);
    }
}
