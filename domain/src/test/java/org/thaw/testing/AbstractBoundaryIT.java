package org.thaw.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.FlagView;
import org.thaw.flag.boundary.FlagView.EvidenceView;
import org.thaw.flag.boundary.Flags;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.journal.boundary.JournalInput;
import org.thaw.journal.boundary.MyJournal;
import org.thaw.journal.boundary.PatientJournal;
import org.thaw.patient.boundary.Caseload;
import org.thaw.patient.boundary.CaseloadRow;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;
import org.thaw.practice.boundary.CrisisResources;
import org.thaw.practice.boundary.PracticeAdmin;
import org.thaw.screener.boundary.MyScreeners;
import org.thaw.screener.boundary.PatientScreeners;
import org.thaw.security.boundary.Caller;

/**
 * What the boundary tests share: the war they deploy, the caller they become, the transactions
 * they work in, the answers they send, and readers of what the database holds and of the audit
 * trail. The tests call the boundaries as the wars do once the caller is identified, inside Payara
 * Micro with Hibernate, Bean Validation, the real migrations and {@link Fixture}, one class per
 * capability: {@code CareTeamAccessTests} (the caseload and the patient's own record), {@code
 * JournalBoundaryTests}, {@code FlagBoundaryTests} (the flags the journal raises and the daily checks),
 * {@code ScreenerBoundaryTests} (the screeners and the flags they raise), {@code SafetyAnswerTests},
 * {@code SettingsBoundaryTests} (the practice settings), {@code MessagingBoundaryTests} (secure
 * messages between a patient and their care team) and {@code MedicationsTests} (courses, notes,
 * side-effect reports and MEDICATION_ONSET), each checking the audit trail its calls leave.
 * Payara Micro restarts for each Arquillian test class (about 20 seconds here), so the capability
 * classes are abstract and chained into one concrete class, {@code org.thaw.BoundariesIT}: one
 * deployment runs them all, and what they share lives here rather than in copies.
 *
 * <p>All the classes of a run share one database ({@link IntegrationDatabase}), run one after
 * another, and their tests run in no promised order, so each test either writes days no other
 * test writes (Cora's journal belongs to {@code
 * JournalBoundaryTests#aSecondSaveOfTheSameDayUpdatesTheDaysOneEntry}), or only checks what it wrote
 * (Anna's today), or stages its picture in a transaction it rolls back ({@link DirectRows},
 * {@link #inATransactionThatIsRolledBack}). Every flag test and every message test works in such
 * a transaction, so no test meets another's flags, threads or unread counts (a message test also
 * sets the practice zone and office hours there, so whether Thaw replies automatically does not
 * depend on when it runs); the exceptions commit a SAFETY flag for a patient of their own. The
 * committed changes: a practice setting, put back before its test ends ({@code
 * SettingsBoundaryTests}); and patients each owned by one screener test ({@code IVY} in {@code
 * ScreenerBoundaryTests}; {@code JON}, {@code KAI}, {@code LEA}, {@code MIA} and {@link Fixture#GUS}
 * in {@code SafetyAnswerTests}: on no care team, so no caseload or daily check meets them), whose
 * responses, safety answers and flags must be seen committed; and {@code HAL} in {@code PlansTests},
 * on the care team of its own clinician {@code dr.race} only, whose plan two concurrent saves
 * must find committed. Such a patient is declared in the
 * one class that owns it; a new one takes an id and a username no other class uses.
 *
 * <p>A refused call inside a rolled-back transaction marks it rollback-only; the test may still
 * read on, and what it reads is what a later transaction would see only because a refused call
 * here changes nothing before it is refused (validation and access checks come first). Where the
 * guarantee is the rollback itself (a setting change refused halfway), the test does not enclose
 * the call.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class AbstractBoundaryIT {

    /** A patient who exists only inside rolled-back transactions (caseload, flag and screener tests). */
    protected static final UUID DORA = UUID.fromString("00000000-0000-4000-8000-0000000000a4");

    protected static final String DORA_ZONE = "Pacific/Auckland";

    protected static final PageRequest FIRST_PAGE = PageRequest.of(null, null);

    @Inject
    protected Caller caller;

    @Inject
    protected Caseload caseload;

    @Inject
    protected MyJournal myJournal;

    @Inject
    protected PatientJournal patientJournal;

    @Inject
    protected Flags flags;

    @Inject
    protected PracticeAdmin practiceAdmin;

    @Inject
    protected EnclosingTransaction enclosing;

    @Inject
    protected DirectRows direct;

    @Inject
    protected MyScreeners myScreeners;

    @Inject
    protected PatientScreeners screeners;

    @Inject
    protected CrisisResources crisisResources;

    /** The application's own clock (system UTC), so "today" here is today there. */
    @Inject
    protected Clock clock;

    @Resource(lookup = "java:app/jdbc/thaw")
    protected DataSource db;

    @Resource(lookup = "java:comp/UserTransaction")
    protected UserTransaction tx;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domainWar("boundaries-it.war");
    }

    // --- the caller ---

    protected void clinician(String username) {
        caller.identify("sub-" + username, username, null, List.of("clinician", "offline_access"));
    }

    protected void patient(String username) {
        caller.identify("sub-" + username, username, null, List.of("patient"));
    }

    protected void admin(String username) {
        caller.identify("sub-" + username, username, null, List.of("admin"));
    }

    // --- days and transactions ---

    protected LocalDate today(String zone) {
        return today(ZoneId.of(zone));
    }

    protected LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Runs boundaries against rows staged by {@link DirectRows}, then throws all of it away. */
    protected void inATransactionThatIsRolledBack(Executable work) throws Exception {
        tx.begin();
        try {
            work.execute();
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        } finally {
            tx.rollback();
        }
    }

    /** Commits what {@code work} writes, for a test that must see it from another transaction. */
    protected void committed(Executable work) throws Exception {
        tx.begin();
        try {
            work.execute();
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        } catch (Throwable t) {
            tx.rollback();
            throw new IllegalStateException(t);
        }
        tx.commit();
    }

    // --- answers and check-ins ---

    /** PHQ-9 answers: items 1 to 9, then the difficulty question if a tenth value is given. */
    protected static Map<String, Object> phq9(int... answers) {
        Map<String, Object> phq9 = new LinkedHashMap<>();
        for (int i = 0; i < 9; i++) {
            phq9.put("phq9-" + (i + 1), answers[i]);
        }
        if (answers.length > 9) {
            phq9.put("phq9-difficulty", answers[9]);
        }
        return phq9;
    }

    protected static Map<String, Object> gad7(int... answers) {
        Map<String, Object> gad7 = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            gad7.put("gad7-" + (i + 1), answers[i]);
        }
        return gad7;
    }

    /** A check-in of numbness and hopelessness only, as the portal's form sends it. */
    protected static JournalInput checkIn(int numbness, Boolean hopeless) {
        return new JournalInput(numbness, null, null, null, null, null, null, null, hopeless, null, null);
    }

    /**
     * Check-ins on the {@code count} days before {@code day}, written now, each with this
     * numbness; hopeless on the first {@code hopelessDays} of them counting back, not answered on
     * the rest.
     */
    protected void earlierCheckIns(UUID patientId, LocalDate day, int count, int numbness, int hopelessDays) {
        Instant now = clock.instant();
        for (int back = 1; back <= count; back++) {
            direct.checkIn(patientId, day.minusDays(back), numbness, back <= hopelessDays ? Boolean.TRUE : null, now);
        }
    }

    // --- what the boundaries answer ---

    /**
     * The patient's flags of one type, newest first, as dr.one (who becomes the caller) reads
     * them from the database.
     */
    protected List<FlagView> flagsOf(UUID patientId, FlagType type) {
        direct.flushAndClear();
        clinician("dr.one");
        return flags.ofPatient(patientId).stream().filter(f -> f.type() == type).toList();
    }

    /** The ids of a fixture-team patient's entries from {@code from} to {@code to}, as dr.one reads them. */
    protected List<UUID> entryIds(UUID patientId, LocalDate from, LocalDate to) {
        clinician("dr.one");
        return patientJournal.between(patientId, from, to).stream()
                .map(JournalDay::id)
                .toList();
    }

    /** The patient's one flag of this type (as {@link #flagsOf}), failing if there are none or several. */
    protected FlagView onlyFlag(UUID patientId, FlagType type) {
        List<FlagView> found = flagsOf(patientId, type);
        assertEquals(1, found.size(), () -> "one " + type + " flag expected, got " + found);
        return found.get(0);
    }

    protected static List<String> summaries(FlagView flag) {
        return flag.evidence().stream().map(EvidenceView::summary).toList();
    }

    protected static List<String> names(Page<CaseloadRow> page) {
        return page.items().stream().map(CaseloadRow::displayName).toList();
    }

    protected static CaseloadRow row(Page<CaseloadRow> page, UUID patientId) {
        return page.items().stream()
                .filter(r -> r.patientId().equals(patientId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(patientId + " is not on the page " + page));
    }

    /** The fields a refusal names. */
    protected static Set<String> fields(InvalidInputException refused) {
        return refused.errors().stream()
                .map(InvalidInputException.FieldError::field)
                .collect(Collectors.toSet());
    }

    /** A day as flag evidence writes it: "23 November 2026". */
    protected static String longDay(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(day);
    }

    // --- rows as committed ---

    /** What thaw.journal_entry holds for one patient and day. */
    public record Stored(int numbness, String note) {}

    protected List<Stored> stored(UUID patientId, LocalDate date) throws SQLException {
        List<Stored> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select numbness, note from thaw.journal_entry where patient_id = ? and entry_date = ?")) {
            ps.setObject(1, patientId);
            ps.setObject(2, date);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Stored(rs.getInt(1), rs.getString(2)));
                }
            }
        }
        return rows;
    }

    /** The check-in columns of thaw.journal_entry for one patient and day, arrays and numbers as PostgreSQL writes them. */
    public record StoredDetails(
            int numbness,
            Integer positiveIntensity,
            Integer negativeIntensity,
            String emotions,
            String sleepHours,
            Integer activityMinutes,
            Boolean meaningfulContact,
            String copingTried,
            Boolean hopeless,
            String functioningImpact) {}

    protected List<StoredDetails> storedDetails(UUID patientId, LocalDate date) throws SQLException {
        List<StoredDetails> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select numbness, positive_intensity, negative_intensity,"
                                + " emotions::text, sleep_hours::text, activity_minutes, meaningful_contact, coping_tried::text,"
                                + " hopeless, functioning_impact from thaw.journal_entry where patient_id = ? and entry_date = ?")) {
            ps.setObject(1, patientId);
            ps.setObject(2, date);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoredDetails(
                            rs.getInt(1),
                            rs.getObject(2, Integer.class),
                            rs.getObject(3, Integer.class),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getObject(6, Integer.class),
                            rs.getObject(7, Boolean.class),
                            rs.getString(8),
                            rs.getObject(9, Boolean.class),
                            rs.getString(10)));
                }
            }
        }
        return rows;
    }

    /** One row of thaw.screener_response: item 9 as jsonb gives it back, and how many answers it holds. */
    public record StoredResponse(
            UUID id,
            String instrument,
            String version,
            String source,
            int total,
            String band,
            boolean safetyPositive,
            LocalDate administeredOn,
            String enteredBy,
            String item9,
            int answers) {}

    /** A patient's screener results as committed, oldest first. */
    protected List<StoredResponse> storedResponses(UUID patientId) throws SQLException {
        List<StoredResponse> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("select id, instrument, version, source, total, band,"
                        + " safety_positive, administered_on, entered_by, answers ->> 'phq9-9',"
                        + " (select count(*) from jsonb_object_keys(coalesce(answers, '{}'::jsonb)))"
                        + " from thaw.screener_response where patient_id = ? order by submitted_at")) {
            ps.setObject(1, patientId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoredResponse(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getInt(5),
                            rs.getString(6),
                            rs.getBoolean(7),
                            rs.getObject(8, LocalDate.class),
                            rs.getString(9),
                            rs.getString(10),
                            rs.getInt(11)));
                }
            }
        }
        return rows;
    }

    /** One piece of a flag's evidence as committed, with its flag. */
    public record StoredFlag(UUID flagId, String type, String severity, String status, String summary, String refs) {}

    /** A patient's flags and their evidence as committed, in the order the evidence was recorded. */
    protected List<StoredFlag> storedFlags(UUID patientId) throws SQLException {
        List<StoredFlag> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("select f.id, f.type, f.severity, f.status, e.summary, e.refs"
                        + " from thaw.flag f join thaw.flag_evidence e on e.flag_id = f.id"
                        + " where f.patient_id = ? order by e.recorded_at, e.id")) {
            ps.setObject(1, patientId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoredFlag(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6)));
                }
            }
        }
        return rows;
    }

    /** One row of thaw.safety_answer, without its times. */
    public record StoredSafetyAnswer(
            UUID id, String instrument, String version, String linkId, int answer, String context, UUID responseId) {}

    /** A patient's safety answers as committed, oldest first. */
    protected List<StoredSafetyAnswer> storedSafetyAnswers(UUID patientId) throws SQLException {
        List<StoredSafetyAnswer> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("select id, instrument, version, link_id, answer, context,"
                        + " response_id from thaw.safety_answer where patient_id = ? order by answered_at, id")) {
            ps.setObject(1, patientId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoredSafetyAnswer(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getInt(5),
                            rs.getString(6),
                            rs.getObject(7, UUID.class)));
                }
            }
        }
        return rows;
    }

    protected Instant reopenedAt(UUID flagId) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("select reopened_at from thaw.flag where id = ?")) {
            ps.setObject(1, flagId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Timestamp at = rs.getTimestamp(1);
                return at == null ? null : at.toInstant();
            }
        }
    }

    // --- the audit trail ---

    /** One row of thaw.audit_event, without its id and time. */
    public record AuditRow(
            String subject,
            String username,
            String role,
            String action,
            String recordType,
            String recordId,
            UUID patientId,
            String outcome) {}

    protected long lastAuditId() throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from thaw.audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The audit rows written since {@code lastId}, oldest first. */
    protected List<AuditRow> auditRowsAfter(long lastId) throws SQLException {
        List<AuditRow> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select actor_subject, actor_username, actor_role, action, record_type, record_id,"
                                + " patient_id, outcome from thaw.audit_event where id > ? order by id")) {
            ps.setLong(1, lastId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AuditRow(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getObject(7, UUID.class),
                            rs.getString(8)));
                }
            }
        }
        return rows;
    }

    /**
     * The transactions that wrote the audit rows since {@code lastId}, oldest first, each paired with
     * whether it is also the last one that wrote {@code table}'s row {@code rowId}: PostgreSQL's
     * {@code xmin}, the transaction id a row version was written by.
     */
    protected List<Boolean> auditRowsWrittenWith(long lastId, String table, UUID rowId) throws SQLException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        List<Boolean> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("select a.xmin::text = (select r.xmin::text from thaw."
                        + table + " r where r.id = ?) from thaw.audit_event a where a.id > ? order by a.id")) {
            ps.setObject(1, rowId);
            ps.setLong(2, lastId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getBoolean(1));
                }
            }
        }
        return rows;
    }

    /** The one audit row written since {@code lastId}: exactly one is expected per boundary call. */
    protected AuditRow onlyAuditRowAfter(long lastId) throws SQLException {
        List<AuditRow> rows = auditRowsAfter(lastId);
        assertEquals(1, rows.size(), () -> "one audit row per call, got " + rows);
        return rows.get(0);
    }
}
