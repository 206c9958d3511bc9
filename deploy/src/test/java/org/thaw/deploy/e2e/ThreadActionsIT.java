package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.nimbusds.jose.util.JSONArrayUtils;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The care team's work on a thread over REST: mark it handled (a patient's new message opens it
 * again), hand it to a colleague on the care team, turn a message into a task on the chart. Works on
 * a thread of its own, which dr.okafor starts with blair, so no other test's threads or unread
 * counts move; it waits for the e-mails it causes before it ends.
 */
class ThreadActionsIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final String BLAIR_MAIL = "blair@thaw.example";
    private static final String RIVERA_MAIL = "dr.rivera@thaw.example";
    private static final String OKAFOR_MAIL = "dr.okafor@thaw.example";

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void aThreadIsMarkedHandledHandedToAColleagueAndTurnedIntoATask() throws Exception {
        String blair = Tokens.accessToken("blair");
        String okafor = Tokens.accessToken("dr.okafor");
        String chen = Tokens.accessToken("dr.chen");
        String blairId = Api.patientId(blair);
        LocalDate due = Api.today(blair).plusDays(7);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        int blairMails = mailTo(BLAIR_MAIL);
        int riveraMails = mailTo(RIVERA_MAIL);
        int okaforMails = mailTo(OKAFOR_MAIL);

        HttpResponse<String> started = Api.post(
                "/clinician/api/threads",
                okafor,
                Api.json(Map.of(
                        "patientId",
                        blairId,
                        "subject",
                        "Your sleep plan " + marker,
                        "body",
                        "Hello Blair, how did the new evening routine go this week?",
                        "idempotencyKey",
                        "okafor-" + marker)));
        assertEquals(201, started.statusCode(), started.body());
        String threadId = (String) Api.object(started).get("threadId");
        String messageId = (String) Api.object(started).get("messageId");
        assertEquals("OPEN", summary(okafor, threadId).get("status"), "a new thread is open");

        // handled: another team finds no thread; the care team's mark is read back with who set it
        assertEquals(
                404,
                Api.post("/clinician/api/threads/" + threadId + "/handled", chen, null)
                        .statusCode(),
                "another care team's clinician");
        assertEquals(
                404,
                Api.post("/clinician/api/threads/" + UUID.randomUUID() + "/handled", okafor, null)
                        .statusCode());
        HttpResponse<String> handled = Api.post("/clinician/api/threads/" + threadId + "/handled", okafor, null);
        assertEquals(200, handled.statusCode(), handled.body());
        assertEquals("HANDLED", Api.object(handled).get("status"));
        Map<String, Object> afterHandled = summary(okafor, threadId);
        assertEquals("HANDLED", afterHandled.get("status"), afterHandled.toString());
        assertEquals("dr.okafor", afterHandled.get("handledBy"), afterHandled.toString());

        // assignee: only a clinician on blair's care team; a refusal names the field and changes nothing
        Api.assertRefused(
                Api.post(
                        "/clinician/api/threads/" + threadId + "/assignee",
                        okafor,
                        Api.json(Map.of("clinician", "dr.nobody"))),
                "clinician");
        Api.assertRefused(
                Api.post(
                        "/clinician/api/threads/" + threadId + "/assignee",
                        okafor,
                        Api.json(Map.of("clinician", "dr.chen"))),
                "clinician");
        assertEquals(null, summary(okafor, threadId).get("assignedTo"), "a refused hand-over hands it to no one");
        assertEquals(
                404,
                Api.post(
                                "/clinician/api/threads/" + threadId + "/assignee",
                                chen,
                                Api.json(Map.of("clinician", "dr.chen")))
                        .statusCode(),
                "another care team's clinician");
        HttpResponse<String> handed = Api.post(
                "/clinician/api/threads/" + threadId + "/assignee", okafor, Api.json(Map.of("clinician", "dr.rivera")));
        assertEquals(200, handed.statusCode(), handed.body());
        assertEquals("dr.rivera", Api.object(handed).get("assignedTo"));
        assertEquals("dr.rivera", summary(okafor, threadId).get("assignedTo"), "read back by the care team");
        HttpResponse<String> back =
                Api.post("/clinician/api/threads/" + threadId + "/assignee", okafor, Api.json(Map.of("clinician", "")));
        assertEquals(200, back.statusCode(), back.body());
        assertEquals(
                null,
                summary(okafor, threadId).get("assignedTo"),
                "an empty clinician takes it back to the whole team");

        // task: title and due date required, a flag only of this patient, another team finds no message
        String taskPath = "/clinician/api/messages/" + messageId + "/task";
        String title = "Call Blair about the sleep plan " + marker;
        Api.assertRefused(Api.post(taskPath, okafor, Api.json(Map.of("dueOn", due.toString()))), "title");
        Api.assertRefused(Api.post(taskPath, okafor, Api.json(Map.of("title", title))), "dueOn");
        Api.assertRefused(Api.post(taskPath, okafor, Api.json(Map.of("title", title, "dueOn", "next week"))), "dueOn");
        Api.assertRefused(
                Api.post(
                        taskPath,
                        okafor,
                        Api.json(Map.of("title", title, "dueOn", due.toString(), "flagId", "not-a-flag"))),
                "flagId");
        Api.assertRefused(
                Api.post(
                        taskPath,
                        okafor,
                        Api.json(Map.of("title", title, "dueOn", due.toString(), "flagId", anyFlagOfAlex(okafor)))),
                "flagId");
        assertEquals(
                404,
                Api.post(taskPath, chen, Api.json(Map.of("title", title, "dueOn", due.toString())))
                        .statusCode(),
                "another care team's clinician");
        HttpResponse<String> task =
                Api.post(taskPath, okafor, Api.json(Map.of("title", title, "dueOn", due.toString())));
        assertEquals(201, task.statusCode(), task.body());
        Map<String, Object> made = Api.object(task);
        assertEquals(title, made.get("title"));
        assertEquals(due.toString(), made.get("dueOn"));
        assertEquals(messageId, made.get("messageId"));
        assertEquals(blairId, made.get("patientId"));
        assertEquals("dr.okafor", made.get("createdBy"));
        assertEquals(null, made.get("flagId"), "linked to no flag");

        // the task is on blair's chart
        try (Browser browser = new Browser()) {
            browser.open("/clinician/chart.xhtml?patient=" + blairId);
            browser.signIn("dr.okafor");
            WebElement tasks = browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("chart:tasks")));
            WebElement row = tasks.findElements(By.cssSelector("tr")).stream()
                    .filter(r -> r.findElements(By.cssSelector(".task-title")).stream()
                            .anyMatch(t -> t.getText().equals(title)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the task is on the chart: " + tasks.getText()));
            assertTrue(
                    row.findElement(By.cssSelector(".task-origin")).getText().contains("made by dr.okafor"),
                    row.getText());
            assertFalse(row.findElements(By.cssSelector(".task-done")).isEmpty(), "still open: it can be marked done");
        }

        // blair answers: the handled thread opens again
        HttpResponse<String> answer = Api.post(
                "/portal/api/threads/" + threadId + "/messages",
                blair,
                Api.json(Map.of("body", "It went better than I thought.", "idempotencyKey", "blair-" + marker)));
        assertEquals(201, answer.statusCode(), answer.body());
        Map<String, Object> reopened = summary(okafor, threadId);
        assertEquals("OPEN", reopened.get("status"), "a new patient message opens the thread again: " + reopened);
        assertEquals(null, reopened.get("handledBy"), reopened.toString());

        // this test's e-mails (to blair for dr.okafor's message, to the care team for blair's) arrive before the next
        // test counts
        awaitMail(BLAIR_MAIL, blairMails);
        awaitMail(RIVERA_MAIL, riveraMails);
        awaitMail(OKAFOR_MAIL, okaforMails);
    }

    /** The thread's summary as this clinician reads it ({@code GET /clinician/api/threads/{id}}). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> summary(String token, String threadId) throws Exception {
        HttpResponse<String> thread = Api.get("/clinician/api/threads/" + threadId, token);
        assertEquals(200, thread.statusCode(), thread.body());
        return (Map<String, Object>) Api.object(thread).get("summary");
    }

    /** The id of one of alex's flags (the demo gives alex several): a flag, but not blair's. */
    private static String anyFlagOfAlex(String clinicianToken) throws Exception {
        String alexId = Api.patientId(Tokens.accessToken("alex"));
        List<Object> flags =
                JSONArrayUtils.parse(Api.get("/clinician/api/patients/" + alexId + "/flags", clinicianToken)
                        .body());
        assertFalse(flags.isEmpty(), "alex has flags");
        return (String) ((Map<?, ?>) flags.get(0)).get("id");
    }

    private static int mailTo(String address) throws Exception {
        int count = 0;
        for (MimeMessage m : TestStack.mail().getReceivedMessages()) {
            Address[] to = m.getRecipients(Message.RecipientType.TO);
            for (Address a : to == null ? new Address[0] : to) {
                if (a instanceof InternetAddress ia && ia.getAddress().equalsIgnoreCase(address)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static void awaitMail(String address, int before) throws Exception {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (mailTo(address) <= before) {
            if (System.nanoTime() > deadline) {
                fail("no e-mail to " + address + " within " + MAIL_WAIT.toSeconds() + " s");
            }
            TestStack.mail().waitForIncomingEmail(500, TestStack.mail().getReceivedMessages().length + 1);
        }
    }
}
