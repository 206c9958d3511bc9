package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Secure messages over REST, patient to care team and back, with the e-mail each reader gets: it
 * says a message is waiting and links to the app, and nothing else (no name, subject, text or
 * anything clinical).
 */
class MessagingApiIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final String SUBJECT = "You have a new secure message in Thaw";
    private static final String RIVERA = "dr.rivera@thaw.example";
    private static final String OKAFOR = "dr.okafor@thaw.example";
    private static final String CHEN = "dr.chen@thaw.example";
    private static final String ALEX = "alex@thaw.example";
    /** What no notification may say, besides the subject and text of the message itself. */
    private static final List<String> NEVER_IN_MAIL = List.of("Alex", "Moreau", "numb", "depress", "PHQ");

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void aPatientsMessageReachesTheCareTeamEachWithTheirOwnUnreadCountAndOnlyALinkByEmail() throws Exception {
        String alex = Tokens.accessToken("alex");
        String rivera = Tokens.accessToken("dr.rivera");
        String okafor = Tokens.accessToken("dr.okafor");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String subject = "Numb again since the new dose " + marker;
        String text =
                "I have felt numb and flat all week, and my PHQ-9 answers worry me. Is the depression back? " + marker;
        String request = Api.json(Map.of("subject", subject, "body", text, "idempotencyKey", "alex-" + marker));
        int riveraMails = mailTo(RIVERA).size();
        int okaforMails = mailTo(OKAFOR).size();
        int chenMails = mailTo(CHEN).size();
        int alexMails = mailTo(ALEX).size();

        // alex writes; the retried request is the same thread and message
        HttpResponse<String> created = Api.send("POST", "/portal/api/threads", alex, request);
        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> sent = JSONObjectUtils.parse(created.body());
        String threadId = (String) sent.get("threadId");
        String messageId = (String) sent.get("messageId");
        assertTrue(threadId.matches("[0-9a-f-]{36}") && messageId.matches("[0-9a-f-]{36}"), created.body());
        boolean autoReplied = Boolean.TRUE.equals(sent.get("autoReplied"));
        HttpResponse<String> retried = Api.send("POST", "/portal/api/threads", alex, request);
        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals(threadId, JSONObjectUtils.parse(retried.body()).get("threadId"));
        assertEquals(messageId, JSONObjectUtils.parse(retried.body()).get("messageId"));

        // alex's list has it once, read by its writer (an after-hours automatic reply would be new to alex)
        List<Map<String, Object>> alexsThreads = items(Api.send("GET", "/portal/api/threads", alex, null));
        List<Map<String, Object>> mine = withId(alexsThreads, threadId);
        assertEquals(1, mine.size(), "listed once: " + alexsThreads);
        assertEquals(subject, mine.get(0).get("subject"));
        assertTrue(mine.get(0).get("lastMessageAt") != null, mine.toString());
        assertEquals(
                autoReplied ? 1L : 0L, unread(mine.get(0)), "alex's unread count, automatic reply: " + autoReplied);

        // both clinicians of alex's care team have it unread; reading is per reader
        assertTrue(unread(clinicianThread(rivera, threadId)) >= 1, "unread for dr.rivera");
        assertTrue(unread(clinicianThread(okafor, threadId)) >= 1, "unread for dr.okafor");
        HttpResponse<String> opened = Api.send("GET", "/clinician/api/threads/" + threadId, rivera, null);
        assertEquals(200, opened.statusCode(), opened.body());
        assertTrue(opened.body().contains(marker), "dr.rivera reads the message");
        assertEquals(0L, unread(clinicianThread(rivera, threadId)), "read by dr.rivera");
        assertTrue(unread(clinicianThread(okafor, threadId)) >= 1, "still unread for dr.okafor");

        // each clinician got one e-mail that says nothing but that a message is waiting
        for (String clinician : List.of(RIVERA, OKAFOR)) {
            MimeMessage mail = awaitMail(clinician, clinician.equals(RIVERA) ? riveraMails : okaforMails);
            assertSaysNothing(mail, subject, text, marker);
            assertTrue(content(mail).contains(TestStack.baseUrl() + "/clinician/inbox.xhtml"), content(mail));
            assertTrue(content(mail).contains("do not reply"), content(mail));
        }

        // dr.rivera answers: alex has it unread until alex reads it, and gets an e-mail too
        String answer = "Thank you for writing. Let us talk on Thursday. " + marker;
        HttpResponse<String> replied = Api.send(
                "POST",
                "/clinician/api/threads/" + threadId + "/messages",
                rivera,
                Api.json(Map.of("body", answer, "idempotencyKey", "rivera-" + marker)));
        assertEquals(201, replied.statusCode(), replied.body());
        Map<String, Object> forAlex = withId(items(Api.send("GET", "/portal/api/threads", alex, null)), threadId)
                .get(0);
        assertTrue(unread(forAlex) >= 1, "dr.rivera's answer is unread for alex: " + forAlex);
        HttpResponse<String> alexReads = Api.send("GET", "/portal/api/threads/" + threadId, alex, null);
        assertEquals(200, alexReads.statusCode(), alexReads.body());
        assertTrue(alexReads.body().contains("Let us talk on Thursday"), alexReads.body());
        assertEquals(
                0L,
                unread(withId(items(Api.send("GET", "/portal/api/threads", alex, null)), threadId)
                        .get(0)));

        MimeMessage toAlex = awaitMail(ALEX, alexMails);
        assertSaysNothing(toAlex, subject, text, answer, marker, "Rivera");
        assertTrue(content(toAlex).contains(TestStack.baseUrl() + "/portal/messages.xhtml"), content(toAlex));

        // one each: the retried send told no one twice, the writer and other teams were not told
        Thread.sleep(2_000);
        assertEquals(riveraMails + 1, mailTo(RIVERA).size(), "one e-mail to dr.rivera");
        assertEquals(okaforMails + 1, mailTo(OKAFOR).size(), "one e-mail to dr.okafor");
        assertEquals(alexMails + 1, mailTo(ALEX).size(), "one e-mail to alex, for dr.rivera's answer only");
        assertEquals(chenMails, mailTo(CHEN).size(), "dr.chen is not on alex's care team");

        // sent on the managed executor, without a failure, and nothing of the message in the server's log
        String log = Files.readString(TestStack.get().settings().dataDir().resolve("logs/payara.log"));
        assertTrue(log.contains("E-mail notifications go through 127.0.0.1:"), "each app says where e-mail goes");
        assertFalse(log.contains("No managed executor"), "sent in the background");
        assertFalse(
                log.contains("E-mail notification:") || log.contains("E-mail notification not sent"),
                "no e-mail failed");
        assertFalse(log.contains(marker), "the message stays out of the log");
    }

    @Test
    void aBodyOverTenThousandCharactersIsRefusedAndNothingIsStored() throws Exception {
        String alex = Tokens.accessToken("alex");
        Map<String, Object> before = JSONObjectUtils.parse(
                Api.send("GET", "/portal/api/threads", alex, null).body());

        HttpResponse<String> refused = Api.send(
                "POST",
                "/portal/api/threads",
                alex,
                Api.json(Map.of(
                        "subject",
                        "A long letter",
                        "body",
                        "a".repeat(10_001),
                        "idempotencyKey",
                        UUID.randomUUID().toString())));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"body\""), refused.body());

        Map<String, Object> after = JSONObjectUtils.parse(
                Api.send("GET", "/portal/api/threads", alex, null).body());
        assertEquals(before.get("total"), after.get("total"), "no thread stored");
        assertEquals(ids(before), ids(after), "the thread list is unchanged");
    }

    @Test
    void anotherTeamAnotherPatientAndAnyOtherIdFindNoThread() throws Exception {
        String alex = Tokens.accessToken("alex");
        int riveraMails = mailTo(RIVERA).size();
        int okaforMails = mailTo(OKAFOR).size();
        HttpResponse<String> created = Api.send(
                "POST",
                "/portal/api/threads",
                alex,
                Api.json(Map.of(
                        "subject",
                        "A question",
                        "body",
                        "Could we talk about my sleep?",
                        "idempotencyKey",
                        UUID.randomUUID().toString())));
        assertEquals(201, created.statusCode(), created.body());
        String threadId = (String) JSONObjectUtils.parse(created.body()).get("threadId");
        String reply = Api.json(
                Map.of("body", "Hello", "idempotencyKey", UUID.randomUUID().toString()));

        String chen = Tokens.accessToken("dr.chen");
        assertEquals(
                404,
                Api.send("GET", "/clinician/api/threads/" + threadId, chen, null)
                        .statusCode(),
                "another team's clinician");
        assertEquals(
                404,
                Api.send("POST", "/clinician/api/threads/" + threadId + "/messages", chen, reply)
                        .statusCode());
        assertTrue(withId(items(Api.send("GET", "/clinician/api/threads?size=100", chen, null)), threadId)
                .isEmpty());
        String casey = Tokens.accessToken("casey");
        assertEquals(
                404,
                Api.send("GET", "/portal/api/threads/" + threadId, casey, null).statusCode(),
                "another patient");
        assertEquals(
                404,
                Api.send("POST", "/portal/api/threads/" + threadId + "/messages", casey, reply)
                        .statusCode());

        String rivera = Tokens.accessToken("dr.rivera");
        String unknown = UUID.randomUUID().toString();
        assertEquals(
                404,
                Api.send("GET", "/portal/api/threads/" + unknown, alex, null).statusCode());
        assertEquals(
                404,
                Api.send("GET", "/clinician/api/threads/" + unknown, rivera, null)
                        .statusCode());
        assertEquals(
                404,
                Api.send("GET", "/portal/api/threads/not-a-thread", alex, null).statusCode());
        assertEquals(
                404,
                Api.send("GET", "/clinician/api/threads/not-a-thread", rivera, null)
                        .statusCode());
        assertEquals(
                404,
                Api.send("POST", "/clinician/api/threads/not-a-thread/messages", rivera, reply)
                        .statusCode());

        // this thread's e-mails arrive before the next test counts its own
        awaitMail(RIVERA, riveraMails);
        awaitMail(OKAFOR, okaforMails);
    }

    @Test
    void aMessageHiddenFromThePatientNeverReachesThePatientAndStaysOnTheTeamsRecord() throws Exception {
        String alex = Tokens.accessToken("alex");
        int riveraMails = mailTo(RIVERA).size();
        int okaforMails = mailTo(OKAFOR).size();
        String canary = "CANARY-" + UUID.randomUUID();
        HttpResponse<String> created = Api.send(
                "POST",
                "/portal/api/threads",
                alex,
                Api.json(Map.of(
                        "subject",
                        "About my week",
                        "body",
                        "Something I should not have sent " + canary,
                        "idempotencyKey",
                        UUID.randomUUID().toString())));
        assertEquals(201, created.statusCode(), created.body());
        String threadId = (String) JSONObjectUtils.parse(created.body()).get("threadId");
        String messageId = (String) JSONObjectUtils.parse(created.body()).get("messageId");

        String rivera = Tokens.accessToken("dr.rivera");
        HttpResponse<String> noReason =
                Api.send("POST", "/clinician/api/messages/" + messageId + "/hide", rivera, "{}");
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertTrue(noReason.body().contains("\"field\":\"reason\""), noReason.body());
        assertEquals(
                404,
                Api.send(
                                "POST",
                                "/clinician/api/messages/" + messageId + "/hide",
                                Tokens.accessToken("dr.chen"),
                                Api.json(Map.of("reason", "not mine")))
                        .statusCode(),
                "another team cannot hide it");
        HttpResponse<String> hidden = Api.send(
                "POST",
                "/clinician/api/messages/" + messageId + "/hide",
                rivera,
                Api.json(Map.of("reason", "Sent by mistake; talked about it in session")));
        assertEquals(200, hidden.statusCode(), hidden.body());

        String patientThread =
                Api.send("GET", "/portal/api/threads/" + threadId, alex, null).body();
        assertTrue(
                !patientThread.contains(canary),
                "the patient's thread leaves the hidden message out: " + patientThread);
        assertTrue(!Api.send("GET", "/portal/api/threads?size=100", alex, null)
                .body()
                .contains(canary));
        String teamThread = Api.send("GET", "/clinician/api/threads/" + threadId, rivera, null)
                .body();
        assertTrue(teamThread.contains(canary), "the care team keeps it on the record");
        assertTrue(
                teamThread.contains("Sent by mistake; talked about it in session")
                        && teamThread.contains("\"hiddenBy\":\"dr.rivera\""),
                teamThread);

        awaitMail(RIVERA, riveraMails);
        awaitMail(OKAFOR, okaforMails);
    }

    // ---- e-mail ---------------------------------------------------------------------------------

    /** Every e-mail GreenMail received for this address, in the order received. */
    private static List<MimeMessage> mailTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : TestStack.mail().getReceivedMessages()) {
            Address[] to = m.getRecipients(Message.RecipientType.TO);
            for (Address a : to == null ? new Address[0] : to) {
                if (a instanceof InternetAddress ia && ia.getAddress().equalsIgnoreCase(address)) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    /** Waits for an e-mail to this address beyond the {@code before} it had; returns the newest. */
    private static MimeMessage awaitMail(String address, int before) throws Exception {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (true) {
            List<MimeMessage> mails = mailTo(address);
            if (mails.size() > before) {
                return mails.get(mails.size() - 1);
            }
            if (System.nanoTime() > deadline) {
                fail("no e-mail to " + address + " within " + MAIL_WAIT.toSeconds() + " s");
            }
            TestStack.mail().waitForIncomingEmail(500, TestStack.mail().getReceivedMessages().length + 1);
        }
    }

    private static String content(MimeMessage mail) throws Exception {
        return String.valueOf(mail.getContent()).replace("\r\n", "\n");
    }

    /** The notification's subject, and nothing of the message, its people or anything clinical anywhere else. */
    private static void assertSaysNothing(MimeMessage mail, String... fromTheMessage) throws Exception {
        assertEquals(SUBJECT, mail.getSubject());
        assertEquals(1, mail.getAllRecipients().length, "no one sees who else was told");
        assertTrue(mail.isMimeType("text/plain"), mail.getContentType());
        String decoded = (mail.getSubject() + "\n" + content(mail)).toLowerCase(Locale.ROOT);
        List<String> headers = Collections.list(mail.getNonMatchingHeaderLines(new String[] {"To"}));
        String otherHeaders = String.join("\n", headers).toLowerCase(Locale.ROOT);
        List<String> never = new ArrayList<>(NEVER_IN_MAIL);
        never.addAll(List.of(fromTheMessage));
        for (String word : never) {
            String w = word.toLowerCase(Locale.ROOT);
            assertFalse(decoded.contains(w), "the e-mail says '" + word + "':\n" + decoded);
            assertFalse(otherHeaders.contains(w), "a header says '" + word + "':\n" + otherHeaders);
        }
    }

    // ---- REST -------------------------------------------------------------------------------------

    /** The thread as it is listed for this clinician. */
    private static Map<String, Object> clinicianThread(String token, String threadId) throws Exception {
        List<Map<String, Object>> found =
                withId(items(Api.send("GET", "/clinician/api/threads?size=100", token, null)), threadId);
        assertEquals(1, found.size(), "the thread is listed once for the care team");
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(HttpResponse<String> page) throws Exception {
        assertEquals(200, page.statusCode(), page.body());
        return ((List<Object>) JSONObjectUtils.parse(page.body()).get("items"))
                .stream().map(i -> (Map<String, Object>) i).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> ids(Map<String, Object> page) {
        return ((List<Object>) page.get("items"))
                .stream().map(i -> ((Map<String, Object>) i).get("id")).toList();
    }

    private static List<Map<String, Object>> withId(List<Map<String, Object>> items, String id) {
        return items.stream().filter(i -> id.equals(i.get("id"))).toList();
    }

    private static long unread(Map<String, Object> summary) {
        return ((Number) summary.get("unreadCount")).longValue();
    }
}
