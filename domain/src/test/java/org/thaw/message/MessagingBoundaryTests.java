package org.thaw.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;
import org.thaw.message.boundary.ChartTaskView;
import org.thaw.message.boundary.MessageNotification;
import org.thaw.message.boundary.MessageText;
import org.thaw.message.boundary.MessageView;
import org.thaw.message.boundary.MyMessages;
import org.thaw.message.boundary.Sent;
import org.thaw.message.boundary.TeamMessages;
import org.thaw.message.boundary.ThreadStatus;
import org.thaw.message.boundary.ThreadSummary;
import org.thaw.message.boundary.ThreadView;
import org.thaw.patient.boundary.MyLanguage;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.Page;
import org.thaw.practice.SettingsBoundaryTests;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.testing.Fixture;
import org.thaw.testing.SentNotifications;

/**
 * Secure messages between a patient and their care team: unread counts per reader, notifications
 * without any of the text, retried sends, length limits, hidden messages, the automatic reply
 * outside office hours, handled and handed-on threads, tasks on the patient's chart, and that no
 * one reaches another patient's or another team's messages, each attempt audited. Every test works
 * in a transaction it rolls back and sets the practice zone and office hours there, so no test
 * meets another's threads or unread counts and whether Thaw replies automatically does not depend
 * on when it runs. How the boundary tests share one database: {@link AbstractBoundaryIT}.
 */
public abstract class MessagingBoundaryTests extends SettingsBoundaryTests {

    @Inject
    MyMessages myMessages;

    @Inject
    TeamMessages teamMessages;

    @Inject
    SentNotifications notifications;

    @Inject
    MyLanguage myLanguage;

    @Test
    void aPatientsMessageIsUnreadForEachClinicianOfTheTeamUntilThatClinicianReadsIt() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(true);
            patient("pat.one");
            Sent started = myMessages.start(" Sleep ", "I have not slept properly since Monday.", null);

            assertTrue(started.created());
            assertFalse(started.autoReplied(), "inside office hours");
            assertEquals(0, myMessages.unread(), "their own message is not unread for the patient");
            for (String clinician : List.of("dr.one", "dr.two")) {
                clinician(clinician);
                assertEquals(1, teamMessages.unread(), clinician);
                ThreadSummary listed = summary(teamMessages.threads(FIRST_PAGE), started.threadId());
                assertEquals(1, listed.unreadCount(), clinician);
                assertEquals("Sleep", listed.subject());
                assertEquals("Anna Ahlberg", listed.patientName());
                assertEquals(ThreadStatus.OPEN, listed.status());
            }
            clinician("dr.three");
            assertEquals(0, teamMessages.unread(), "another team's clinician");
            assertEquals(0, teamMessages.threads(FIRST_PAGE).total());

            clinician("dr.one");
            long beforeRead = lastAuditId();
            ThreadView read = teamMessages.thread(started.threadId());

            assertEquals(1, read.summary().unreadCount(), "the count as it was before this read");
            assertEquals(List.of("I have not slept properly since Monday."), bodies(read));
            MessageView first = read.messages().get(0);
            assertEquals(
                    List.of("pat.one", "Anna Ahlberg", "PATIENT"),
                    List.of(
                            first.author(),
                            first.authorName(),
                            first.authorRole().name()));
            assertFalse(first.mine());
            assertFalse(first.hidden());
            assertEquals(
                    new AuditRow(
                            "sub-dr.one",
                            "dr.one",
                            "clinician",
                            "READ",
                            "message_thread",
                            started.threadId().toString(),
                            Fixture.ANNA,
                            "ALLOWED"),
                    onlyAuditRowAfter(beforeRead));
            assertEquals(0, teamMessages.unread());
            assertEquals(
                    0,
                    summary(teamMessages.threads(FIRST_PAGE), started.threadId())
                            .unreadCount());
            clinician("dr.two");
            assertEquals(1, teamMessages.unread(), "dr.one's read is dr.one's alone");
            assertEquals(
                    1,
                    summary(teamMessages.threads(FIRST_PAGE), started.threadId())
                            .unreadCount());

            clinician("dr.one");
            Sent answer =
                    teamMessages.reply(started.threadId(), "Thank you for writing.\nShall we talk on Thursday?", null);

            assertTrue(answer.created());
            assertEquals(started.threadId(), answer.threadId());
            assertEquals(0, teamMessages.unread(), "their own answer is not unread for dr.one");
            patient("pat.one");
            assertEquals(1, myMessages.unread());
            assertEquals(
                    1,
                    summary(myMessages.threads(FIRST_PAGE), started.threadId()).unreadCount());

            ThreadView patientsView = myMessages.thread(started.threadId());

            assertEquals(1, patientsView.summary().unreadCount());
            assertEquals(
                    List.of(
                            "I have not slept properly since Monday.",
                            "Thank you for writing.\nShall we talk on Thursday?"),
                    bodies(patientsView));
            MessageView reply = patientsView.messages().get(1);
            assertEquals(
                    List.of("dr.one", "Dana Lind", "CLINICIAN"),
                    List.of(
                            reply.author(),
                            reply.authorName(),
                            reply.authorRole().name()));
            assertTrue(patientsView.messages().get(0).mine());
            assertFalse(reply.mine());
            assertEquals(
                    List.of(
                            new MessageText.Piece(MessageText.Kind.TEXT, "Thank you for writing."),
                            new MessageText.Piece(MessageText.Kind.BREAK, ""),
                            new MessageText.Piece(MessageText.Kind.TEXT, "Shall we talk on Thursday?")),
                    reply.pieces());
            assertEquals(0, myMessages.unread());
            assertEquals(
                    0,
                    summary(myMessages.threads(FIRST_PAGE), started.threadId()).unreadCount());

            clinician("dr.two");
            assertEquals(2, teamMessages.unread(), "the patient's message and the colleague's answer");
            assertEquals(
                    2,
                    summary(teamMessages.threads(FIRST_PAGE), started.threadId())
                            .unreadCount());
            assertEquals(2, teamMessages.thread(started.threadId()).summary().unreadCount());
            assertEquals(0, teamMessages.unread());
            clinician("dr.one");
            assertEquals(0, teamMessages.unread());
        });
    }

    @Test
    void theTeamIsNotifiedOfAPatientsMessageAndThePatientOfTheTeamsWithoutAnyOfTheText() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(true);
            direct.clinicianEmail(Fixture.DR_ONE, "dana.lind@example.org");
            direct.clinicianEmail(Fixture.DR_TWO, "emil.strand@example.org");
            direct.clinicianEmail(Fixture.DR_THREE, "farah.nyberg@example.org");
            direct.patientEmail(Fixture.ANNA, "anna@example.org");
            notifications.take();

            patient("pat.one");
            Sent started = myMessages.start("Sleep", "Still awake at four.", "n-1");
            myMessages.start("Sleep", "Still awake at four.", "n-1");

            List<MessageNotification> toTheTeam = notifications.take();
            assertEquals(1, toTheTeam.size(), () -> "one notification, none for the retried send: " + toTheTeam);
            assertEquals(
                    Set.of("dana.lind@example.org", "emil.strand@example.org"),
                    Set.copyOf(toTheTeam.get(0).recipients()),
                    "the active care team, not dr.three");
            assertEquals(2, toTheTeam.get(0).recipients().size());
            assertEquals("clinician", toTheTeam.get(0).app());

            clinician("dr.two");
            teamMessages.reply(started.threadId(), "We will call you tomorrow morning.", null);

            assertEquals(List.of(new MessageNotification(List.of("anna@example.org"), "portal")), notifications.take());
        });
    }

    @Test
    void aSendRetriedWithTheSameKeyIsTheSameThreadAndMessage() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(true);
            patient("pat.one");

            Sent first = myMessages.start("Appointment", "Can we move Thursday?", "start-1");
            Sent retried = myMessages.start("Appointment", "Can we move Thursday?", "start-1");

            assertTrue(first.created());
            assertEquals(new Sent(first.threadId(), first.messageId(), false, false), retried);
            assertEquals(1, myMessages.threads(FIRST_PAGE).total());
            assertEquals(1, myMessages.thread(first.threadId()).messages().size());

            Sent reply = myMessages.reply(first.threadId(), "Friday would work too.", "reply-1");
            Sent replyAgain = myMessages.reply(first.threadId(), "Friday would work too.", "reply-1");
            Sent another = myMessages.reply(first.threadId(), "Friday would work too.", "reply-2");
            Sent withoutKey = myMessages.reply(first.threadId(), "Or Monday.", null);
            Sent withoutKeyAgain = myMessages.reply(first.threadId(), "Or Monday.", " ");

            assertTrue(reply.created());
            assertEquals(new Sent(first.threadId(), reply.messageId(), false, false), replyAgain);
            assertTrue(another.created());
            assertFalse(another.messageId().equals(reply.messageId()), "a different key is a second message");
            assertTrue(withoutKey.created() && withoutKeyAgain.created(), "without a key every send is new");
            assertEquals(
                    List.of(
                            "Can we move Thursday?",
                            "Friday would work too.",
                            "Friday would work too.",
                            "Or Monday.",
                            "Or Monday."),
                    bodies(myMessages.thread(first.threadId())));

            clinician("dr.one");
            Sent answer = teamMessages.reply(first.threadId(), "Friday at ten, then.", "reply-1");
            Sent answerAgain = teamMessages.reply(first.threadId(), "Friday at ten, then.", "reply-1");
            assertTrue(answer.created(), "keys are each author's own: the patient's reply-1 is not dr.one's");
            assertEquals(new Sent(first.threadId(), answer.messageId(), false, false), answerAgain);
            Sent started = teamMessages.start(Fixture.ANNA, "Forms", "Please bring the forms.", "start-1");
            assertTrue(started.created());
            assertFalse(started.threadId().equals(first.threadId()));
            assertEquals(started, new Sent(started.threadId(), started.messageId(), true, false));
            assertEquals(
                    new Sent(started.threadId(), started.messageId(), false, false),
                    teamMessages.start(Fixture.ANNA, "Forms", "Please bring the forms.", "start-1"));
            assertEquals(6, teamMessages.thread(first.threadId()).messages().size());
            assertEquals(2, teamMessages.threads(FIRST_PAGE).total());
        });
    }

    @Test
    void aKeyUsedForOneMessageIsNeverAnotherThreadsOrAnotherPatients() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(true);
            patient("pat.one");
            Sent sleep = myMessages.start("Sleep", "Awake again.", "k-sleep");
            Sent work = myMessages.start("Work", "Back at work.", null);
            Sent reply = myMessages.reply(sleep.threadId(), "And tonight.", "k-reply");
            clinician("dr.one");
            Sent toAnna = teamMessages.start(Fixture.ANNA, "Check-in", "How was the week?", "k-dr");

            patient("pat.one");
            InvalidInputException inAnotherThread = assertThrows(
                    InvalidInputException.class, () -> myMessages.reply(work.threadId(), "And tonight.", "k-reply"));
            InvalidInputException replyKeyForAThread = assertThrows(
                    InvalidInputException.class, () -> myMessages.start("Other", "Something else.", "k-reply"));
            clinician("dr.one");
            InvalidInputException forAnotherPatient = assertThrows(
                    InvalidInputException.class,
                    () -> teamMessages.start(Fixture.BERT, "Check-in", "How was the week?", "k-dr"));

            assertEquals("idempotencyKey", inAnotherThread.field());
            assertEquals("idempotencyKey", replyKeyForAThread.field());
            assertEquals("idempotencyKey", forAnotherPatient.field());
            assertEquals(List.of("Back at work."), bodies(teamMessages.thread(work.threadId())));
            assertEquals(List.of("Awake again.", "And tonight."), bodies(teamMessages.thread(sleep.threadId())));
            assertEquals(List.of("How was the week?"), bodies(teamMessages.thread(toAnna.threadId())));
            assertTrue(
                    teamMessages.threads(FIRST_PAGE).items().stream()
                            .noneMatch(t -> t.patientId().equals(Fixture.BERT)),
                    "Bert got no thread, let alone Anna's");
            assertFalse(reply.messageId().equals(sleep.messageId()));
        });
    }

    @Test
    void aBodyOfTenThousandCharactersIsSentAndOneMoreIsRefusedNamingBodyAndNothingIsStored() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(true);
            patient("pat.one");
            Sent longest = myMessages.start("Everything", "x".repeat(10_000), null);
            assertEquals(List.of("x".repeat(10_000)), bodies(myMessages.thread(longest.threadId())));
            long before = lastAuditId();

            InvalidInputException start = assertThrows(
                    InvalidInputException.class, () -> myMessages.start("Everything", "x".repeat(10_001), null));
            InvalidInputException reply = assertThrows(
                    InvalidInputException.class, () -> myMessages.reply(longest.threadId(), "y".repeat(10_001), null));
            clinician("dr.one");
            InvalidInputException answer = assertThrows(
                    InvalidInputException.class,
                    () -> teamMessages.reply(longest.threadId(), "z".repeat(10_001), null));
            InvalidInputException blank = assertThrows(
                    InvalidInputException.class, () -> teamMessages.start(Fixture.ANNA, "Subject", " \n ", null));
            InvalidInputException subject = assertThrows(
                    InvalidInputException.class,
                    () -> teamMessages.start(Fixture.ANNA, "s".repeat(201), "Hello", null));

            for (InvalidInputException refused : List.of(start, reply, answer)) {
                assertEquals("body", refused.field());
                assertEquals("must be at most 10,000 characters (it has 10,001)", refused.getMessage());
            }
            assertEquals("body", blank.field());
            assertEquals("subject", subject.field());
            assertEquals(
                    new AuditRow(
                            "sub-pat.one",
                            "pat.one",
                            "patient",
                            "CREATE",
                            "message_thread",
                            null,
                            Fixture.ANNA,
                            "FAILED"),
                    auditRowsAfter(before).get(0));
            assertEquals(
                    List.of("FAILED", "FAILED", "FAILED", "FAILED", "FAILED"),
                    auditRowsAfter(before).stream().map(AuditRow::outcome).toList());
            assertEquals(1, teamMessages.threads(FIRST_PAGE).total(), "no thread of the refused starts");
            assertEquals(List.of("x".repeat(10_000)), bodies(teamMessages.thread(longest.threadId())));
        });
    }

    @Test
    void noOneReachesAnotherPatientsOrAnotherTeamsMessagesAndEachAttemptIsAuditedAsDenied() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(true);
            patient("pat.one");
            Sent anna = myMessages.start("Private", "Only for my care team.", null);
            clinician("dr.one");
            ChartTaskView annasTask = teamMessages.task(anna.messageId(), "Call Anna", today(Fixture.ANNA_ZONE), null);
            clinician("dr.three");
            Sent cora = teamMessages.start(Fixture.CORA, "Hello", "Welcome to Thaw, Cora.", null);
            ChartTaskView corasTask = teamMessages.task(cora.messageId(), "Check in", today(ZoneOffset.UTC), null);
            UUID unknown = UUID.randomUUID();
            LocalDate due = today(ZoneOffset.UTC);

            Map<String, Executable> attempts = new LinkedHashMap<>();
            attempts.put(
                    "pat.two opens Anna's thread", () -> asPatient("pat.two").thread(anna.threadId()));
            attempts.put("pat.two replies to Anna's thread", () -> asPatient("pat.two")
                    .reply(anna.threadId(), "hi", null));
            attempts.put("pat.three opens Anna's thread", () -> asPatient("pat.three")
                    .thread(anna.threadId()));
            attempts.put("pat.three replies to Anna's thread", () -> asPatient("pat.three")
                    .reply(anna.threadId(), "hi", "k"));
            attempts.put(
                    "pat.one opens Cora's thread", () -> asPatient("pat.one").thread(cora.threadId()));
            attempts.put("pat.one replies to Cora's thread", () -> asPatient("pat.one")
                    .reply(cora.threadId(), "hi", null));
            attempts.put("pat.one opens an unknown thread", () -> asPatient("pat.one")
                    .thread(unknown));
            attempts.put("pat.one opens no thread", () -> asPatient("pat.one").thread(null));
            attempts.put(
                    "pat.one replies to no thread", () -> asPatient("pat.one").reply(null, "hi", null));
            attempts.put("pat.nobody has no threads", () -> asPatient("pat.nobody")
                    .threads(org.thaw.platform.PageRequest.of(0, 20)));
            attempts.put(
                    "pat.nobody starts no thread", () -> asPatient("pat.nobody").start("Hi", "hi", null));
            attempts.put("dr.three opens Anna's thread", () -> asClinician("dr.three")
                    .thread(anna.threadId()));
            attempts.put("dr.three replies to Anna's thread", () -> asClinician("dr.three")
                    .reply(anna.threadId(), "hi", null));
            attempts.put("dr.three marks Anna's thread handled", () -> asClinician("dr.three")
                    .handled(anna.threadId()));
            attempts.put("dr.three hands Anna's thread to themself", () -> asClinician("dr.three")
                    .handTo(anna.threadId(), "dr.three"));
            attempts.put("dr.three takes Anna's thread back", () -> asClinician("dr.three")
                    .handTo(anna.threadId(), null));
            attempts.put("dr.three hides Anna's message", () -> asClinician("dr.three")
                    .hide(anna.messageId(), "not appropriate"));
            attempts.put("dr.three makes a task of Anna's message", () -> asClinician("dr.three")
                    .task(anna.messageId(), "Follow up", due, null));
            attempts.put(
                    "dr.three lists Anna's tasks", () -> asClinician("dr.three").tasks(Fixture.ANNA));
            attempts.put("dr.three completes Anna's task", () -> asClinician("dr.three")
                    .completeTask(annasTask.id()));
            attempts.put(
                    "dr.three writes to Anna", () -> asClinician("dr.three").start(Fixture.ANNA, "Hi", "hi", null));
            attempts.put(
                    "dr.one opens Cora's thread", () -> asClinician("dr.one").thread(cora.threadId()));
            attempts.put("dr.one replies to Cora's thread", () -> asClinician("dr.one")
                    .reply(cora.threadId(), "hi", null));
            attempts.put(
                    "dr.two hides Cora's message", () -> asClinician("dr.two").hide(cora.messageId(), "reason"));
            attempts.put(
                    "dr.one lists Cora's tasks", () -> asClinician("dr.one").tasks(Fixture.CORA));
            attempts.put(
                    "dr.one completes Cora's task", () -> asClinician("dr.one").completeTask(corasTask.id()));
            attempts.put("dr.one writes to Cora", () -> asClinician("dr.one").start(Fixture.CORA, "Hi", "hi", null));
            attempts.put("dr.one opens an unknown thread", () -> asClinician("dr.one")
                    .thread(unknown));
            attempts.put("dr.one opens no thread", () -> asClinician("dr.one").thread(null));
            attempts.put(
                    "dr.one replies to no thread", () -> asClinician("dr.one").reply(null, "hi", null));
            attempts.put("dr.one marks no thread handled", () -> asClinician("dr.one")
                    .handled(null));
            attempts.put("dr.one hands an unknown thread", () -> asClinician("dr.one")
                    .handTo(unknown, "dr.two"));
            attempts.put("dr.one hides an unknown message", () -> asClinician("dr.one")
                    .hide(unknown, "reason"));
            attempts.put("dr.one hides no message", () -> asClinician("dr.one").hide(null, "reason"));
            attempts.put("dr.one makes a task of no message", () -> asClinician("dr.one")
                    .task(null, "Follow up", due, null));
            attempts.put("dr.one lists an unknown patient's tasks", () -> asClinician("dr.one")
                    .tasks(unknown));
            attempts.put("dr.one lists no patient's tasks", () -> asClinician("dr.one")
                    .tasks(null));
            attempts.put("dr.one completes an unknown task", () -> asClinician("dr.one")
                    .completeTask(unknown));
            attempts.put("dr.one completes no task", () -> asClinician("dr.one").completeTask(null));
            attempts.put("dr.one writes to an unknown patient", () -> asClinician("dr.one")
                    .start(unknown, "Hi", "hi", null));
            attempts.put(
                    "dr.one writes to no patient", () -> asClinician("dr.one").start(null, "Hi", "hi", null));
            long before = lastAuditId();

            for (Map.Entry<String, Executable> attempt : attempts.entrySet()) {
                assertThrows(RecordNotFoundException.class, attempt.getValue(), attempt.getKey());
            }

            List<AuditRow> audited = auditRowsAfter(before);
            assertEquals(attempts.size(), audited.size(), () -> "one audit row per attempt: " + audited);
            assertEquals(
                    List.of("DENIED"),
                    audited.stream().map(AuditRow::outcome).distinct().toList());
            assertEquals(
                    new AuditRow(
                            "sub-pat.two",
                            "pat.two",
                            "patient",
                            "READ",
                            "message_thread",
                            null,
                            Fixture.BERT,
                            "DENIED"),
                    audited.get(0),
                    "the patient's own record, never the thread asked for");
            assertEquals(
                    new AuditRow("sub-dr.three", "dr.three", "clinician", "CREATE", "message", null, null, "DENIED"),
                    audited.get(12));
            Set<String> asked = Set.of(
                    anna.threadId().toString(),
                    anna.messageId().toString(),
                    annasTask.id().toString(),
                    cora.threadId().toString(),
                    cora.messageId().toString(),
                    corasTask.id().toString(),
                    unknown.toString());
            Map<String, UUID> ownRecord =
                    Map.of("pat.one", Fixture.ANNA, "pat.two", Fixture.BERT, "pat.three", Fixture.CORA);
            for (AuditRow row : audited) {
                assertTrue(
                        row.recordId() == null || !asked.contains(row.recordId()),
                        () -> "a refusal names no record it refused: " + row);
                assertTrue(
                        row.patientId() == null || row.patientId().equals(ownRecord.get(row.username())),
                        () -> "a refusal names no patient but the calling patient themself: " + row);
            }

            clinician("dr.one");
            ThreadView untouched = teamMessages.thread(anna.threadId());
            assertEquals(List.of("Only for my care team."), bodies(untouched));
            assertFalse(untouched.messages().get(0).hidden());
            assertEquals(ThreadStatus.OPEN, untouched.summary().status());
            assertNull(untouched.summary().handledBy());
            assertNull(untouched.summary().assignedTo());
            assertEquals(List.of(annasTask.id()), taskIds(teamMessages.tasks(Fixture.ANNA)));
            clinician("dr.three");
            assertEquals(List.of("Welcome to Thaw, Cora."), bodies(teamMessages.thread(cora.threadId())));
            assertEquals(List.of(corasTask.id()), taskIds(teamMessages.tasks(Fixture.CORA)));
            assertEquals(1, teamMessages.threads(FIRST_PAGE).total());

            clinician("dr.one");
            assertThrows(AccessDeniedException.class, () -> myMessages.unread(), "a clinician has no patient inbox");
            patient("pat.one");
            assertThrows(
                    AccessDeniedException.class,
                    () -> teamMessages.thread(anna.threadId()),
                    "a patient reaches no clinician action, not even on their own thread");
            assertThrows(AccessDeniedException.class, () -> teamMessages.unread());
        });
    }

    @Test
    void aHiddenMessageLeavesThePatientsViewAndStaysOnTheTeamsWithWhoHidItAndWhy() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(true);
            patient("pat.one");
            Sent started = myMessages.start("Medication", "I stopped taking my tablets.", null);
            Sent second = myMessages.reply(started.threadId(), "My neighbour's number is 555 0101.", null);
            clinician("dr.one");
            Sent wrong = teamMessages.reply(started.threadId(), "Results for Bert are in.", null);
            patient("pat.one");
            assertEquals(1, myMessages.unread());

            clinician("dr.one");
            teamMessages.hide(wrong.messageId(), "  Meant for another patient ");
            clinician("dr.two");
            teamMessages.hide(second.messageId(), "A third party's details; noted in the chart");

            patient("pat.one");
            assertEquals(0, myMessages.unread(), "a hidden message is not unread either");
            ThreadView patientsView = myMessages.thread(started.threadId());
            assertEquals(List.of("I stopped taking my tablets."), bodies(patientsView));
            assertTrue(patientsView.messages().stream().noneMatch(MessageView::hidden));

            clinician("dr.one");
            ThreadView teamsView = teamMessages.thread(started.threadId());
            assertEquals(
                    List.of(
                            "I stopped taking my tablets.",
                            "My neighbour's number is 555 0101.",
                            "Results for Bert are in."),
                    bodies(teamsView));
            MessageView hiddenByDrTwo = teamsView.messages().get(1);
            assertTrue(hiddenByDrTwo.hidden());
            assertEquals("dr.two", hiddenByDrTwo.hiddenBy());
            assertEquals("A third party's details; noted in the chart", hiddenByDrTwo.hiddenReason());
            MessageView hiddenByDrOne = teamsView.messages().get(2);
            assertEquals(
                    List.of("dr.one", "Meant for another patient"),
                    List.of(hiddenByDrOne.hiddenBy(), hiddenByDrOne.hiddenReason()));
            assertFalse(teamsView.messages().get(0).hidden());
            assertNull(teamsView.messages().get(0).hiddenBy());

            teamMessages.hide(second.messageId(), "a second reason");
            assertEquals(
                    "A third party's details; noted in the chart",
                    teamMessages.thread(started.threadId()).messages().get(1).hiddenReason(),
                    "hiding again keeps the first who and why");

            for (String reason : new String[] {null, "", "   "}) {
                assertEquals(
                        "reason",
                        assertThrows(InvalidInputException.class, () -> teamMessages.hide(started.messageId(), reason))
                                .field(),
                        "'" + reason + "'");
            }
            assertEquals(
                    "reason",
                    assertThrows(
                                    InvalidInputException.class,
                                    () -> teamMessages.hide(started.messageId(), "r".repeat(501)))
                            .field());
            assertFalse(
                    teamMessages.thread(started.threadId()).messages().get(0).hidden());
        });
    }

    @Test
    void outsideOfficeHoursThePatientGetsOneAutomaticReplyWithTheCrisisResourcesUntilAClinicianAnswers()
            throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(false);
            patient("pat.one");

            Sent first = myMessages.start("Tonight", "Everything feels far away tonight.", null);

            assertTrue(first.created());
            assertTrue(first.autoReplied());
            assertEquals(1, myMessages.unread(), "the automatic reply is the patient's to read");
            ThreadView patientsView = myMessages.thread(first.threadId());
            assertEquals(2, patientsView.messages().size());
            MessageView automatic = patientsView.messages().get(1);
            assertEquals(
                    List.of("thaw", "Thaw (automatic reply)", "SYSTEM"),
                    List.of(
                            automatic.author(),
                            automatic.authorName(),
                            automatic.authorRole().name()));
            assertTrue(automatic.body().contains(crisisResources.text()), automatic.body());
            assertTrue(
                    automatic.body().contains("outside our office hours (Monday to Sunday, 00:00–06:00)"),
                    automatic.body());
            assertTrue(automatic.body().contains("We usually reply within 2 working days."), automatic.body());
            assertTrue(automatic.sentAt().isAfter(patientsView.messages().get(0).sentAt()));

            Sent second = myMessages.reply(first.threadId(), "And I can't sleep.", null);

            assertFalse(second.autoReplied(), "told once already");
            assertEquals(List.of("PATIENT", "SYSTEM", "PATIENT"), roles(myMessages.thread(first.threadId())));
            clinician("dr.one");
            assertEquals(2, teamMessages.unread(), "the patient's two messages; Thaw's reply is not counted");
            assertEquals(
                    2,
                    summary(teamMessages.threads(FIRST_PAGE), first.threadId()).unreadCount());
            InvalidInputException hideAutomatic = assertThrows(
                    InvalidInputException.class,
                    () -> teamMessages.hide(patientsView.messages().get(1).id(), "not needed"));
            assertEquals("messageId", hideAutomatic.field());

            clinician("dr.one");
            Sent answer = teamMessages.reply(first.threadId(), "We will call you in the morning.", null);
            Sent toBert = teamMessages.start(Fixture.BERT, "Tomorrow", "See you tomorrow.", null);
            assertFalse(answer.autoReplied(), "a clinician's message gets no automatic reply");
            assertFalse(toBert.autoReplied());

            patient("pat.one");
            Sent third = myMessages.reply(first.threadId(), "Thank you.", null);
            Sent fourth = myMessages.reply(first.threadId(), "Goodnight.", null);

            assertTrue(third.autoReplied(), "a clinician answered since the last automatic reply");
            assertFalse(fourth.autoReplied());
            assertEquals(
                    List.of("PATIENT", "SYSTEM", "PATIENT", "CLINICIAN", "PATIENT", "SYSTEM", "PATIENT"),
                    roles(myMessages.thread(first.threadId())));
            clinician("dr.two");
            assertEquals(
                    5,
                    summary(teamMessages.threads(FIRST_PAGE), first.threadId()).unreadCount(),
                    "four from the patient, one from dr.one; none of Thaw's");
            assertEquals(6, teamMessages.unread(), "and dr.one's message to Bert");
        });
    }

    @Test
    void aPatientWhoReadsThawInSpanishGetsTheAutomaticReplyInSpanish() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(false);
            patient("pat.one");
            myLanguage.choose("es");

            Sent first = myMessages.start("Esta noche", "Esta noche todo se siente lejano.", null);

            assertTrue(first.autoReplied());
            MessageView automatic =
                    myMessages.thread(first.threadId()).messages().get(1);
            assertEquals("Thaw (respuesta automática)", automatic.authorName());
            assertTrue(automatic.body().startsWith("Gracias por su mensaje."), automatic.body());
            assertTrue(
                    automatic.body().contains("fuera de nuestro horario de consulta (de lunes a domingo, 00:00–06:00)"),
                    automatic.body());
            assertTrue(automatic.body().contains("Solemos responder en un plazo de 2 días hábiles."), automatic.body());
            assertTrue(automatic.body().endsWith(crisisResources.text("es")), automatic.body());
        });
    }

    @Test
    void aDayListWithoutTodayIsOutsideOfficeHoursAllDay() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            ZoneId zone = ZoneId.of(zoneAtNoon());
            DayOfWeek today = LocalDate.now(clock.withZone(zone)).getDayOfWeek();
            String otherDays = Arrays.stream(DayOfWeek.values())
                    .filter(d -> d != today)
                    .map(d -> d.name().substring(0, 3))
                    .collect(Collectors.joining(","));
            practiceSettings(zone.getId(), otherDays + " 00:00-23:59");
            patient("pat.one");
            assertTrue(myMessages.start("Today", "Is anyone there today?", null).autoReplied());

            practiceSettings(zone.getId(), today.name().substring(0, 3) + " 00:00-23:59");
            patient("pat.one");
            assertFalse(myMessages.start("Today", "And now?", null).autoReplied());
        });
    }

    @Test
    void aHandledThreadOpensAgainWhenThePatientWritesAndIsHandedOnlyWithinTheTeam() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(true);
            patient("pat.one");
            Sent started = myMessages.start("Dose", "Should I take the full dose?", null);
            clinician("dr.one");
            teamMessages.reply(started.threadId(), "Yes, as we discussed.", null);

            teamMessages.handled(started.threadId());

            clinician("dr.two");
            ThreadSummary handled = summary(teamMessages.threads(FIRST_PAGE), started.threadId());
            assertEquals(ThreadStatus.HANDLED, handled.status());
            assertEquals("dr.one", handled.handledBy());
            teamMessages.reply(started.threadId(), "And call us if it gets worse.", null);
            assertEquals(
                    ThreadStatus.HANDLED,
                    summary(teamMessages.threads(FIRST_PAGE), started.threadId())
                            .status(),
                    "a clinician's message leaves it handled");

            patient("pat.one");
            myMessages.reply(started.threadId(), "It got worse.", null);

            clinician("dr.two");
            ThreadSummary reopened = summary(teamMessages.threads(FIRST_PAGE), started.threadId());
            assertEquals(ThreadStatus.OPEN, reopened.status());
            assertNull(reopened.handledBy());

            clinician("dr.one");
            teamMessages.handTo(started.threadId(), " dr.two ");
            assertEquals(
                    "dr.two",
                    summary(teamMessages.threads(FIRST_PAGE), started.threadId())
                            .assignedTo());
            teamMessages.handTo(started.threadId(), null);
            assertNull(summary(teamMessages.threads(FIRST_PAGE), started.threadId())
                    .assignedTo());
            teamMessages.handTo(started.threadId(), "dr.two");
            for (String outsider : new String[] {"dr.three", "pat.one", "nobody"}) {
                InvalidInputException refused = assertThrows(
                        InvalidInputException.class, () -> teamMessages.handTo(started.threadId(), outsider), outsider);
                assertEquals("clinician", refused.field(), outsider);
            }
            assertEquals(
                    "dr.two",
                    summary(teamMessages.threads(FIRST_PAGE), started.threadId())
                            .assignedTo());
        });
    }

    @Test
    void aMessageBecomesATaskOnThePatientsChartThatAColleagueCanComplete() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(true);
            UUID annasFlag = direct.openFlag(Fixture.ANNA, FlagType.HOPELESSNESS, Severity.HIGH, clock.instant());
            UUID corasFlag = direct.openFlag(Fixture.CORA, FlagType.HOPELESSNESS, Severity.HIGH, clock.instant());
            patient("pat.one");
            Sent started = myMessages.start("Refill", "I need a refill.", null);
            clinician("dr.one");

            ChartTaskView later =
                    teamMessages.task(started.messageId(), " Refill prescription ", today.plusDays(7), null);
            ChartTaskView sooner =
                    teamMessages.task(started.messageId(), "Discuss hopelessness", today.plusDays(1), annasFlag);

            assertEquals(
                    List.of(Fixture.ANNA, "Refill prescription", today.plusDays(7), started.messageId(), "dr.one"),
                    List.of(later.patientId(), later.title(), later.dueOn(), later.messageId(), later.createdBy()));
            assertNull(later.flagId());
            assertEquals(annasFlag, sooner.flagId());
            assertFalse(later.done());
            clinician("dr.two");
            assertEquals(List.of(sooner.id(), later.id()), taskIds(teamMessages.tasks(Fixture.ANNA)));

            teamMessages.completeTask(sooner.id());

            List<ChartTaskView> tasks = teamMessages.tasks(Fixture.ANNA);
            assertEquals(List.of(later.id(), sooner.id()), taskIds(tasks), "open ones first");
            assertTrue(tasks.get(1).done());
            assertEquals("dr.two", tasks.get(1).doneBy());

            clinician("dr.one");
            assertEquals(
                    "flagId",
                    assertThrows(
                                    InvalidInputException.class,
                                    () -> teamMessages.task(started.messageId(), "Another's flag", today, corasFlag))
                            .field());
            assertEquals(
                    "dueOn",
                    assertThrows(
                                    InvalidInputException.class,
                                    () -> teamMessages.task(started.messageId(), "No date", null, null))
                            .field());
            assertEquals(
                    "title",
                    assertThrows(
                                    InvalidInputException.class,
                                    () -> teamMessages.task(started.messageId(), "  ", today, null))
                            .field());
            assertEquals(2, teamMessages.tasks(Fixture.ANNA).size());
        });
    }

    // --- helpers ---

    /** The caller becomes this patient; returns the patient's messages, for a one-line attempt. */
    private MyMessages asPatient(String username) {
        patient(username);
        return myMessages;
    }

    /** The caller becomes this clinician; returns the team's messages, for a one-line attempt. */
    private TeamMessages asClinician(String username) {
        clinician(username);
        return teamMessages;
    }

    /**
     * Practice settings for a messaging test, inside its rolled-back transaction: a practice zone
     * where it is now between 12:00 and 13:00, and office hours that are open then (09:00-17:00
     * every day) or closed (00:00-06:00 every day), so the result does not depend on when it runs.
     */
    private void officeHoursAroundNow(boolean open) {
        practiceSettings(zoneAtNoon(), open ? "MON-SUN 09:00-17:00" : "MON-SUN 00:00-06:00");
    }

    private void practiceSettings(String zone, String officeHours) {
        admin("admin.one");
        practiceAdmin.change(Map.of("practice.time_zone", zone, "messaging.office_hours", officeHours));
    }

    /** A region where it is now between 12:00 and 13:00 ("Etc/GMT-N" is N hours ahead of UTC). */
    private String zoneAtNoon() {
        int ahead = 12 - LocalTime.now(clock.withZone(ZoneOffset.UTC)).getHour();
        return ahead == 0 ? "Etc/GMT" : ahead > 0 ? "Etc/GMT-" + ahead : "Etc/GMT+" + -ahead;
    }

    private static ThreadSummary summary(Page<ThreadSummary> page, UUID threadId) {
        return page.items().stream()
                .filter(t -> t.id().equals(threadId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(threadId + " is not on the page " + page));
    }

    private static List<String> bodies(ThreadView thread) {
        return thread.messages().stream().map(MessageView::body).toList();
    }

    private static List<String> roles(ThreadView thread) {
        return thread.messages().stream().map(m -> m.authorRole().name()).toList();
    }

    private static List<UUID> taskIds(List<ChartTaskView> tasks) {
        return tasks.stream().map(ChartTaskView::id).toList();
    }
}
