package org.thaw.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thaw.account.boundary.SignIns;
import org.thaw.patient.boundary.CareTeamRole;
import org.thaw.patient.boundary.CaseloadRow;
import org.thaw.patient.boundary.CaseloadSort;
import org.thaw.patient.boundary.MyRecord;
import org.thaw.patient.boundary.PatientProfile;
import org.thaw.patient.control.Patients;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.testing.AbstractBoundaryIT;
import org.thaw.testing.EnclosingTransaction;
import org.thaw.testing.Fixture;

/**
 * Who reaches which patient: the caseload a clinician's care team gives them (in name order, a
 * page at a time, sorted by numbness, each patient's days counted in the patient's zone), and the
 * patient's own record in the portal, each call audited. The caseload tests stage entries and
 * patients in transactions they roll back; the record tests only read. How the boundary tests
 * share one database: {@link AbstractBoundaryIT}.
 */
public abstract class CareTeamAccessTests extends AbstractBoundaryIT {

    @Inject
    MyRecord myRecord;

    @Inject
    SignIns signIns;

    @Inject
    Patients patients;

    // --- care team and caseload ---

    @Test
    void aPrimaryClinicianSeesExactlyTheirTeamsPatientsInNameOrder() throws SQLException {
        long before = lastAuditId();
        clinician("dr.one");

        Page<CaseloadRow> page = caseload.page(FIRST_PAGE, CaseloadSort.NAME, false);

        assertEquals(List.of("Anna Ahlberg", "Bert Berg"), names(page));
        assertEquals(
                List.of(Fixture.ANNA, Fixture.BERT),
                page.items().stream().map(CaseloadRow::patientId).toList());
        assertEquals(List.of(CareTeamRole.PRIMARY, CareTeamRole.PRIMARY), roles(page));
        assertEquals(2, page.total());
        assertEquals(
                new AuditRow("sub-dr.one", "dr.one", "clinician", "LIST", "caseload", null, null, "ALLOWED"),
                onlyAuditRowAfter(before));
    }

    @Test
    void aCoveringClinicianSeesTheSamePatientsAsCovering() {
        clinician("dr.two");

        Page<CaseloadRow> page = caseload.page(FIRST_PAGE, CaseloadSort.NAME, false);

        assertEquals(List.of("Anna Ahlberg", "Bert Berg"), names(page));
        assertEquals(List.of(CareTeamRole.COVERING, CareTeamRole.COVERING), roles(page));
    }

    @Test
    void anEndedAssignmentNoLongerPutsThePatientOnTheCaseload() {
        clinician("dr.three");

        assertEquals(List.of("Cora Carlsen"), names(caseload.page(FIRST_PAGE, CaseloadSort.NAME, false)));
        assertEquals(1, caseload.count());
    }

    @Test
    void theCaseloadComesOnePageAtATimeWithTheTotal() {
        clinician("dr.one");

        Page<CaseloadRow> first = caseload.page(new PageRequest(0, 1), CaseloadSort.NAME, false);
        Page<CaseloadRow> second = caseload.page(new PageRequest(1, 1), CaseloadSort.NAME, false);
        Page<CaseloadRow> beyond = caseload.page(new PageRequest(2, 1), CaseloadSort.NAME, false);

        assertEquals(List.of("Anna Ahlberg"), names(first));
        assertEquals(2, first.total());
        assertEquals(List.of("Bert Berg"), names(second));
        assertEquals(2, second.total());
        assertEquals(List.of(), names(beyond));
        assertEquals(2, caseload.count());
    }

    @Test
    void sortingByLastNumbnessPutsTheHighestFirstAndPatientsWithoutEntriesLast() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            direct.journalEntry(Fixture.ANNA, today(Fixture.ANNA_ZONE), 3);
            direct.journalEntry(Fixture.BERT, today(ZoneOffset.UTC), 9);
            direct.patient(DORA, "pat.four", "Dora", "Dahl", DORA_ZONE);
            direct.covering(DORA, Fixture.DR_ONE);
            clinician("dr.one");

            assertEquals(
                    List.of("Bert Berg", "Anna Ahlberg", "Dora Dahl"),
                    names(caseload.page(FIRST_PAGE, CaseloadSort.LAST_NUMBNESS, true)));
            assertEquals(
                    List.of("Anna Ahlberg", "Bert Berg", "Dora Dahl"),
                    names(caseload.page(FIRST_PAGE, CaseloadSort.LAST_NUMBNESS, false)),
                    "without entries is last either way");
        });
    }

    @Test
    void theCaseloadShowsTheLastEntryAndTheMeanOfTheSevenDaysEndingTodayInThePatientsZone() throws Exception {
        LocalDate today = today(DORA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            direct.patient(DORA, "pat.four", "Dora", "Dahl", DORA_ZONE);
            direct.covering(DORA, Fixture.DR_THREE);
            direct.journalEntry(DORA, today.minusDays(7), 10);
            direct.journalEntry(DORA, today.minusDays(6), 4);
            direct.journalEntry(DORA, today, 8);
            clinician("dr.three");

            CaseloadRow dora = row(caseload.page(FIRST_PAGE, CaseloadSort.NAME, false), DORA);

            assertEquals(today, dora.lastEntryDate());
            assertEquals(8, dora.lastNumbness());
            assertEquals(6.0, dora.meanNumbness7Days(), "the entry of 7 days ago is outside the window");
        });
    }

    @Test
    void aPatientWhoseStoredZoneIsInvalidIsCountedInThePracticeZoneOnTheCaseload() throws Exception {
        LocalDate today = today(ZoneOffset.UTC); // Bert's stored zone is not a zone: the practice's, UTC
        inATransactionThatIsRolledBack(() -> {
            direct.journalEntry(Fixture.BERT, today.minusDays(7), 10);
            direct.journalEntry(Fixture.BERT, today.minusDays(6), 4);
            direct.journalEntry(Fixture.BERT, today, 8);
            clinician("dr.one");

            CaseloadRow bert = row(caseload.page(FIRST_PAGE, CaseloadSort.NAME, false), Fixture.BERT);

            assertEquals(today, bert.lastEntryDate());
            assertEquals(6.0, bert.meanNumbness7Days());
        });
    }

    @Test
    void aPatientAskingForACaseloadIsRefusedAndTheRefusalIsAudited() throws SQLException {
        long before = lastAuditId();
        patient("pat.one");

        assertThrows(AccessDeniedException.class, () -> caseload.page(FIRST_PAGE, CaseloadSort.NAME, false));

        assertEquals(
                new AuditRow("sub-pat.one", "pat.one", "patient", "LIST", "caseload", null, null, "DENIED"),
                onlyAuditRowAfter(before));
    }

    // --- the patient's own record ---

    @Test
    void aPatientReadsTheirOwnRecordAndTheReadIsAudited() throws SQLException {
        long before = lastAuditId();
        patient("pat.one");

        PatientProfile me = myRecord.me();

        assertEquals(new PatientProfile(Fixture.ANNA, "Anna Ahlberg", "Anna", Fixture.ANNA_ZONE), me);
        String anna = Fixture.ANNA.toString();
        assertEquals(
                new AuditRow("sub-pat.one", "pat.one", "patient", "READ", "patient", anna, Fixture.ANNA, "ALLOWED"),
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

        assertEquals(
                new AuditRow("sub-pat.nobody", "pat.nobody", "patient", "READ", "patient", null, null, "DENIED"),
                onlyAuditRowAfter(before));
    }

    @Test
    void aClinicianCannotOpenThePatientPortalRecord() throws SQLException {
        long before = lastAuditId();
        clinician("dr.one");

        assertThrows(AccessDeniedException.class, myRecord::me);

        assertEquals("DENIED", onlyAuditRowAfter(before).outcome());
    }

    // --- the record a sign-in binds, and the address it keeps ---

    @Test
    void theFirstSignInBindsAnUnboundRecordToTheAccountAndNoOtherAccountReachesItThen() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            long before = lastAuditId();
            caller.identify("kc-anna-first", "pat.one", null, List.of("patient"));
            signIns.arrived("anna.ahlberg@example.org");

            assertEquals(
                    Fixture.ANNA,
                    patients.boundTo("kc-anna-first").orElseThrow().id());
            assertEquals(Optional.of("anna.ahlberg@example.org"), patients.email(Fixture.ANNA));
            assertEquals(
                    List.of(new AuditRow(
                            "kc-anna-first",
                            "pat.one",
                            "patient",
                            "UPDATE",
                            "patient",
                            Fixture.ANNA.toString(),
                            Fixture.ANNA,
                            "ALLOWED")),
                    auditRowsAfter(before),
                    "the change is audited");
            assertEquals(Fixture.ANNA, myRecord.me().id());

            // another account with the same username: nothing bound, nothing kept, nothing opened
            caller.identify("kc-anna-other", "pat.one", null, List.of("patient"));
            signIns.arrived("someone.else@example.org");
            assertEquals(Optional.empty(), patients.boundTo("kc-anna-other"));
            assertEquals(Optional.of("anna.ahlberg@example.org"), patients.email(Fixture.ANNA));
            assertThrows(RecordNotFoundException.class, myRecord::me);

            // the bound account signs in again: nothing to change, nothing written
            long again = lastAuditId();
            caller.identify("kc-anna-first", "pat.one", null, List.of("patient"));
            signIns.arrived("anna.ahlberg@example.org");
            assertEquals(List.of(), auditRowsAfter(again));
        });
    }

    @Test
    void anAccountsNewAddressReplacesTheOldOneUnlessAnotherRecordHasIt() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            caller.identify("kc-bert", "pat.two", null, List.of("patient"));
            signIns.arrived("bert@example.org");
            assertEquals(Optional.of("bert@example.org"), patients.email(Fixture.BERT));

            caller.identify("kc-bert", "pat.two", null, List.of("patient"));
            signIns.arrived("bert.berg@example.org");
            assertEquals(
                    Optional.of("bert.berg@example.org"), patients.email(Fixture.BERT), "the account's new address");

            caller.identify("kc-cora", "pat.three", null, List.of("patient"));
            signIns.arrived("BERT.BERG@example.org");
            assertEquals(Fixture.CORA, patients.boundTo("kc-cora").orElseThrow().id(), "bound all the same");
            assertEquals(Optional.empty(), patients.email(Fixture.CORA), "an address another record has is not taken");

            caller.identify("kc-bert", "pat.two", null, List.of("patient"));
            signIns.arrived(null);
            assertEquals(
                    Optional.of("bert.berg@example.org"),
                    patients.email(Fixture.BERT),
                    "no verified address: the known one stays");
        });
    }

    @Test
    void aCliniciansSignInBindsTheirRecordAndKeepsTheirAddressForNotifications() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            caller.identify("kc-dr-three", "dr.three", null, List.of("clinician"));
            signIns.arrived("farah.nyberg@example.org");
            assertEquals(List.of("farah.nyberg@example.org"), patients.careTeamEmails(Fixture.CORA, "dr.nobody"));

            caller.identify("kc-dr-three-other", "dr.three", null, List.of("clinician"));
            signIns.arrived("not.farah@example.org");
            assertEquals(
                    List.of("farah.nyberg@example.org"),
                    patients.careTeamEmails(Fixture.CORA, "dr.nobody"),
                    "a record bound to one account takes no address from another");
        });
    }

    // --- helpers ---

    private static List<CareTeamRole> roles(Page<CaseloadRow> page) {
        return page.items().stream().map(CaseloadRow::careTeamRole).toList();
    }
}
