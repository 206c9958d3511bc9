package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thaw.deploy.e2e.IntakeSteps.answerEveryChoice;
import static org.thaw.deploy.e2e.IntakeSteps.assertSaved;
import static org.thaw.deploy.e2e.IntakeSteps.click;
import static org.thaw.deploy.e2e.IntakeSteps.save;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.thaw.deploy.KeycloakAdmin;
import org.thaw.deploy.Stack;

/**
 * Invitations end to end, with the real Keycloak, its e-mail to the in-process SMTP server and a
 * browser: dr.rivera invites a patient; Keycloak has the account with the {@code patient} role and
 * the required actions; the e-mail arrives; its link lets the patient choose a password, and signed
 * in they land on their intake. Then: a second invitation to the same address is refused naming
 * {@code email} and creates nothing; another team's clinician gets "not found"; a disabled account
 * is refused at its next token refresh; with Keycloak stopped an invitation creates nothing; when
 * the database refuses the patient's row, the account Keycloak made is deleted again; and the
 * address of the patient's Keycloak account, once changed there, is where notifications go after
 * their next sign-in.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvitationsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PASSWORD = "Fern-chooses-2026";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ACTION_LINK = Pattern.compile("https?://[^\\s\"'<>]*action-token[^\\s\"'<>]*");

    private static String email;
    private static String patientId;

    @BeforeAll
    static void stack() {
        TestStack.get();
        email = "fern." + System.nanoTime() + "@Thaw.Example";
    }

    @Test
    @Order(1)
    void anInvitedPatientSetsAPasswordFromTheEmailAndLandsOnTheirIntake() throws Exception {
        String rivera = Tokens.accessToken("dr.rivera");
        Instant before = Instant.now();
        HttpResponse<String> invited = Api.post("/clinician/api/patients", rivera, invite(email));
        assertEquals(201, invited.statusCode(), invited.body());
        Map<String, Object> body = Api.object(invited);
        patientId = (String) body.get("id");
        assertNotNull(patientId, invited.body());
        Map<?, ?> invitation = (Map<?, ?>) body.get("invitation");
        assertEquals("SENT", invitation.get("status"));
        Instant expires = Instant.parse((String) invitation.get("expiresAt"));
        assertTrue(
                !expires.isBefore(before.plus(Duration.ofHours(24)).minusSeconds(5))
                        && !expires.isAfter(Instant.now().plus(Duration.ofHours(24))),
                "the practice's 24 hours: " + expires);

        // Keycloak has the account: the address in lower case, the patient role, the actions to do first
        KeycloakAdmin keycloak = TestStack.get().keycloakAdmin();
        List<Object> users = JSONArrayUtils.parse(keycloak.usersByEmail(email.toLowerCase(Locale.ROOT)));
        assertEquals(1, users.size());
        Map<?, ?> user = (Map<?, ?>) users.get(0);
        assertEquals(email.toLowerCase(Locale.ROOT), user.get("username"));
        assertEquals(Boolean.TRUE, user.get("enabled"));
        assertEquals(
                List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"),
                ((List<?>) user.get("requiredActions"))
                        .stream().map(String::valueOf).sorted().toList());
        String roles = keycloak.realmRoles((String) user.get("id"));
        assertTrue(roles.contains("\"patient\""), roles);
        assertTrue(!roles.contains("\"clinician\"") && !roles.contains("\"admin\""), roles);
        // and the record is bound to it, with the care team and what the invitation asked
        assertEquals(
                List.of(String.valueOf(user.get("id")), "Europe/Oslo", "en", "PRIMARY dr.rivera", "PCL-5"),
                List.of(
                        single("select keycloak_user_id from thaw.patient where id = ?::uuid", patientId),
                        single("select time_zone from thaw.patient where id = ?::uuid", patientId),
                        single("select language from thaw.patient where id = ?::uuid", patientId),
                        single(
                                "select m.role || ' ' || c.username from thaw.care_team_member m join thaw.clinician c"
                                        + " on c.id = m.clinician_id where m.patient_id = ?::uuid",
                                patientId),
                        single(
                                "select instrument from thaw.screener_assignment where patient_id = ?::uuid",
                                patientId)));

        // the e-mail arrives, and its link works in a browser
        String link = actionLink(email.toLowerCase(Locale.ROOT));
        try (Browser browser = new Browser()) {
            // Keycloak first names what is to be done, then asks for the password
            AcceptInvitation.openLink(browser, link);
            AcceptInvitation.choosePassword(browser, PASSWORD);
            browser.screenshot("invitation-accepted");

            AcceptInvitation.startIntake(browser, email.toLowerCase(Locale.ROOT), PASSWORD);
            browser.wait(WAIT).until(d -> d.getPageSource().contains("numb"));
            browser.screenshot("invitation-intake");
        }

        Map<String, Object> accepted =
                Api.object(Api.get("/clinician/api/patients/" + patientId + "/invitation", rivera));
        assertEquals("ACCEPTED", accepted.get("status"), "the account has no required action left");
        assertEquals(Boolean.TRUE, accepted.get("accountEnabled"));
        // RESTEasy's client in the war must not take JAX-RS over from Jersey: the app checks
        // Response.ok().build() after its first Keycloak call and logs a SEVERE line if it did
        String log = Files.readString(TestStack.get().settings().dataDir().resolve("logs/payara.log"));
        assertTrue(
                !log.contains("not from Jersey"),
                log.lines()
                        .filter(l -> l.contains("JAX-RS runtime check"))
                        .toList()
                        .toString());
    }

    @Test
    @Order(2)
    void aSecondInvitationToTheSameAddressIsRefusedNamingEmailAndCreatesNothing() throws Exception {
        String chen = Tokens.accessToken("dr.chen");
        HttpResponse<String> again = Api.post("/clinician/api/patients", chen, invite(email.toUpperCase(Locale.ROOT)));
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("email", ((Map<?, ?>) ((List<?>) Api.object(again).get("errors")).get(0)).get("field"));
        assertEquals("1", single("select count(*) from thaw.patient where lower(email) = lower(?)", email));
        assertEquals(
                1,
                JSONArrayUtils.parse(TestStack.get().keycloakAdmin().usersByEmail(email.toLowerCase(Locale.ROOT)))
                        .size());
        assertEquals(1, mailsTo(email.toLowerCase(Locale.ROOT)), "no second e-mail");
    }

    @Test
    @Order(3)
    void anotherTeamsClinicianFindsNeitherTheInvitationNorTheAccount() throws Exception {
        String chen = Tokens.accessToken("dr.chen");
        String unknown = "/clinician/api/patients/00000000-0000-4000-8000-000000000000";
        HttpResponse<String> notFound = Api.get(unknown + "/invitation", chen);
        assertEquals(404, notFound.statusCode());
        for (String[] call : List.of(
                new String[] {"GET", "/invitation"},
                new String[] {"POST", "/invitation"},
                new String[] {"DELETE", "/invitation"},
                new String[] {"POST", "/account/disable"},
                new String[] {"POST", "/account/enable"})) {
            HttpResponse<String> r = Api.send(call[0], "/clinician/api/patients/" + patientId + call[1], chen, null);
            assertEquals(404, r.statusCode(), call[0] + " " + call[1]);
            assertEquals(notFound.body(), r.body(), "the same answer as an unknown patient");
        }
        HttpResponse<String> patient =
                Api.post("/clinician/api/patients", Tokens.accessToken("alex"), invite("x@y.example"));
        assertEquals(403, patient.statusCode(), "a patient invites nobody");
    }

    @Test
    @Order(4)
    void aDisabledAccountIsRefusedAtItsNextTokenRefreshAndSignsInAgainOnceEnabled() throws Exception {
        Map<String, Object> tokens = passwordGrant(email.toLowerCase(Locale.ROOT), PASSWORD);
        assertEquals(200, ((Number) tokens.get("status")).intValue(), String.valueOf(tokens));
        String rivera = Tokens.accessToken("dr.rivera");
        assertEquals(
                204,
                Api.post("/clinician/api/patients/" + patientId + "/account/disable", rivera, null)
                        .statusCode());
        Map<String, Object> refreshed = refresh((String) tokens.get("refresh_token"));
        assertEquals(400, ((Number) refreshed.get("status")).intValue(), String.valueOf(refreshed));
        assertEquals(
                400,
                ((Number) passwordGrant(email.toLowerCase(Locale.ROOT), PASSWORD)
                                .get("status"))
                        .intValue(),
                "no new sign-in either");
        assertEquals(
                Boolean.FALSE,
                Api.object(Api.get("/clinician/api/patients/" + patientId + "/invitation", rivera))
                        .get("accountEnabled"));

        assertEquals(
                204,
                Api.post("/clinician/api/patients/" + patientId + "/account/enable", rivera, null)
                        .statusCode());
        assertEquals(
                200,
                ((Number) passwordGrant(email.toLowerCase(Locale.ROOT), PASSWORD)
                                .get("status"))
                        .intValue());
    }

    @Test
    @Order(5)
    void anInvitationCanBeCancelledAndSentAgainUntilItIsAccepted() throws Exception {
        String rivera = Tokens.accessToken("dr.rivera");
        String other = "gale." + System.nanoTime() + "@thaw.example";
        HttpResponse<String> invited = Api.post("/clinician/api/patients", rivera, invite(other));
        assertEquals(201, invited.statusCode(), invited.body());
        String id = (String) Api.object(invited).get("id");
        Map<String, Object> cancelled =
                Api.object(Api.send("DELETE", "/clinician/api/patients/" + id + "/invitation", rivera, null));
        assertEquals("CANCELLED", cancelled.get("status"));
        assertEquals(Boolean.FALSE, cancelled.get("accountEnabled"));
        Map<String, Object> again = Api.object(Api.post("/clinician/api/patients/" + id + "/invitation", rivera, null));
        assertEquals("SENT", again.get("status"));
        assertEquals(2, waitForMails(other, 2), "the first e-mail and the one sent again");

        HttpResponse<String> acceptedOne =
                Api.send("DELETE", "/clinician/api/patients/" + patientId + "/invitation", rivera, null);
        assertEquals(409, acceptedOne.statusCode(), "an accepted invitation is not cancelled: " + acceptedOne.body());
    }

    @Test
    @Order(6)
    void theAdminAddsCliniciansWhoMustSetUpOtpAndInvitesPatientsNamingTheirPrimaryClinician() throws Exception {
        String rivera = Tokens.accessToken("dr.rivera");
        assertEquals(403, Api.get("/clinician/api/clinicians", rivera).statusCode(), "a clinician on an admin path");
        String address = "dr.lind." + System.nanoTime() + "@thaw.example";
        String body = "{\"firstName\": \"Ida\", \"lastName\": \"Lind\", \"email\": \"" + address + "\"}";
        assertEquals(403, Api.post("/clinician/api/clinicians", rivera, body).statusCode());

        String kim = Tokens.accessToken("admin.kim");
        HttpResponse<String> added = Api.post("/clinician/api/clinicians", kim, body);
        assertEquals(201, added.statusCode(), added.body());
        Map<?, ?> user =
                (Map<?, ?>) JSONArrayUtils.parse(TestStack.get().keycloakAdmin().usersByEmail(address))
                        .get(0);
        assertEquals(
                List.of("CONFIGURE_TOTP", "UPDATE_PASSWORD", "VERIFY_EMAIL"),
                ((List<?>) user.get("requiredActions"))
                        .stream().map(String::valueOf).sorted().toList(),
                "a clinician sets up a one-time-code app at first sign-in");
        String roles = TestStack.get().keycloakAdmin().realmRoles((String) user.get("id"));
        assertTrue(roles.contains("\"clinician\"") && !roles.contains("\"admin\""), roles);
        assertEquals(1, waitForMails(address, 1), "the invitation e-mail");
        String list = Api.get("/clinician/api/clinicians", kim).body();
        assertTrue(list.contains(address) && list.contains("\"SENT\"") && list.contains("dr.rivera"), list);

        String patient = "iris." + System.nanoTime() + "@thaw.example";
        HttpResponse<String> unnamed = Api.post("/clinician/api/patients", kim, invite(patient));
        Api.assertRefused(unnamed, "primaryClinician");
        HttpResponse<String> named = Api.post(
                "/clinician/api/patients",
                kim,
                invite(patient).replace("\"intake\"", "\"primaryClinician\": \"dr.chen\", \"intake\""));
        assertEquals(201, named.statusCode(), named.body());
        assertEquals(
                "PRIMARY dr.chen",
                single(
                        "select m.role || ' ' || c.username from thaw.care_team_member m join thaw.clinician c"
                                + " on c.id = m.clinician_id where m.patient_id = ?::uuid",
                        (String) Api.object(named).get("id")));
        HttpResponse<String> byClinician = Api.post(
                "/clinician/api/patients",
                rivera,
                invite("j." + patient).replace("\"intake\"", "\"primaryClinician\": \"dr.chen\", \"intake\""));
        Api.assertRefused(byClinician, "primaryClinician");
    }

    @Test
    @Order(7)
    void withKeycloakStoppedAnInvitationIsRefusedAndLeavesNoRecord() throws Exception {
        String rivera = Tokens.accessToken("dr.rivera");
        String other = "hollis." + System.nanoTime() + "@thaw.example";
        Stack stack = TestStack.get();
        stack.stopKeycloak();
        try {
            HttpResponse<String> refused = Api.post("/clinician/api/patients", rivera, invite(other));
            assertEquals(503, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("Accounts cannot be created"), refused.body());
            assertEquals("0", single("select count(*) from thaw.patient where lower(email) = lower(?)", other));
        } finally {
            stack.startKeycloak();
        }
        assertEquals(
                0,
                JSONArrayUtils.parse(stack.keycloakAdmin().usersByEmail(other)).size(),
                "no account either");
        assertEquals(
                201,
                Api.post("/clinician/api/patients", Tokens.accessToken("dr.rivera"), invite(other))
                        .statusCode(),
                "the same invitation goes through once Keycloak is back");
    }

    @Test
    @Order(8)
    void aDatabaseFailureDuringAnInvitationRemovesTheKeycloakAccountAgain() throws Exception {
        String rivera = Tokens.accessToken("dr.rivera");
        String address = "ines." + System.nanoTime() + "@thaw.example";
        Stack stack = TestStack.get();
        // the database refuses the patient's row: the app role may not insert into the table for a moment
        // (the schema owner takes the right and gives it back; no other test runs meanwhile)
        assertEquals("t", single("select has_table_privilege(?, 'thaw.patient', 'INSERT')", stack.appUser()));
        HttpResponse<String> failed;
        try {
            owner("revoke insert on thaw.patient from " + stack.appUser());
            failed = Api.post("/clinician/api/patients", rivera, invite(address));
        } finally {
            owner("grant insert on thaw.patient to " + stack.appUser());
        }
        assertEquals("t", single("select has_table_privilege(?, 'thaw.patient', 'INSERT')", stack.appUser()));
        assertTrue(failed.statusCode() >= 500, failed.statusCode() + " " + failed.body());
        assertTrue(
                failed.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                failed.body());
        assertTrue(!failed.body().contains("Exception") && !failed.body().contains("at org."), failed.body());
        assertEquals("0", single("select count(*) from thaw.patient where lower(email) = lower(?)", address));

        // the account Keycloak had made is gone again (its deletion follows the rollback)
        Instant until = Instant.now().plus(WAIT);
        int accounts;
        while ((accounts = JSONArrayUtils.parse(stack.keycloakAdmin().usersByEmail(address))
                                .size())
                        > 0
                && Instant.now().isBefore(until)) {
            Thread.sleep(250);
        }
        assertEquals(0, accounts, "no account without its record");
        assertEquals(
                201,
                Api.post("/clinician/api/patients", rivera, invite(address)).statusCode(),
                "the same invitation goes through once the database takes the row");
    }

    @Test
    @Order(9)
    void notificationEmailsGoToTheAddressOfThePatientsKeycloakAccount() throws Exception {
        String rivera = Tokens.accessToken("dr.rivera");
        String invitedAt = "gale." + System.nanoTime() + "@thaw.example";
        String changedTo = "gale.elsewhere." + System.nanoTime() + "@thaw.example";
        HttpResponse<String> invited = Api.post("/clinician/api/patients", rivera, invite(invitedAt));
        assertEquals(201, invited.statusCode(), invited.body());
        String galeId = (String) Api.object(invited).get("id");
        assertEquals(1, waitForMails(invitedAt, 1), "the invitation went to the address the clinician typed");

        // the patient accepted and later changed the address of their account in Keycloak
        KeycloakAdmin keycloak = TestStack.get().keycloakAdmin();
        String userId = (String) ((Map<?, ?>)
                        JSONArrayUtils.parse(keycloak.usersByEmail(invitedAt)).get(0))
                .get("id");
        keycloak.changeEmailAndPassword(userId, changedTo, PASSWORD);
        assertEquals(invitedAt, single("select email from thaw.patient where id = ?::uuid", galeId));

        // signing in keeps the account's address on the record
        Map<String, Object> grant = passwordGrant(invitedAt, PASSWORD);
        assertEquals(200, grant.get("status"), grant.toString());
        String gale = (String) grant.get("access_token");
        assertEquals(200, Api.get("/portal/api/me", gale).statusCode());
        assertEquals(changedTo, single("select email from thaw.patient where id = ?::uuid", galeId));

        // a message from the care team is announced at the account's address, not the old one
        String marker = Long.toString(System.nanoTime());
        HttpResponse<String> thread = Api.send(
                "POST",
                "/portal/api/threads",
                gale,
                Api.json(Map.of("subject", "A question", "body", "When do we meet?", "idempotencyKey", "g-" + marker)));
        assertEquals(201, thread.statusCode(), thread.body());
        String threadId = (String) Api.object(thread).get("threadId");
        HttpResponse<String> answered = Api.send(
                "POST",
                "/clinician/api/threads/" + threadId + "/messages",
                rivera,
                Api.json(Map.of("body", "On Thursday.", "idempotencyKey", "r-" + marker)));
        assertEquals(201, answered.statusCode(), answered.body());
        assertTrue(waitForMails(changedTo, 1) >= 1, "the notification reached the account's address");
        Thread.sleep(2_000);
        assertEquals(1, mailsTo(invitedAt), "the old address got the invitation only");
    }

    @Test
    @Order(10)
    void aPatientInvitedInSpanishGetsKeycloaksEmailAndPagesAndTheIntakeInSpanish() throws Exception {
        String address = "hana." + System.nanoTime() + "@thaw.example";
        HttpResponse<String> invited =
                Api.post("/clinician/api/patients", Tokens.accessToken("dr.rivera"), invite(address, "es"));
        assertEquals(201, invited.statusCode(), invited.body());

        // the account carries the language, so Keycloak writes to the patient in it
        KeycloakAdmin keycloak = TestStack.get().keycloakAdmin();
        Map<?, ?> user =
                (Map<?, ?>) JSONArrayUtils.parse(keycloak.usersByEmail(address)).get(0);
        assertEquals(Map.of("locale", List.of("es")), user.get("attributes"), user.toString());
        assertEquals(1, waitForMails(address, 1));
        MimeMessage mail = Arrays.stream(TestStack.mail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return sentTo(m, address);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow();
        assertEquals("Actualiza tu cuenta", mail.getSubject());

        // its link opens Keycloak's pages in Spanish, and the intake follows in Spanish as far as the
        // instruments allow: Thaw's numbness check (its own translation), then the PHQ-9 in English
        // with the reason said in Spanish
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(actionLink(address));
            browser.wait(WAIT)
                    .until(d -> "es".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            // "» Haz click aquí para proceder", where Keycloak first names what is to be done
            AcceptInvitation.proceed(browser);
            assertEquals("es", driver.findElement(By.tagName("html")).getAttribute("lang"));
            assertTrue(
                    driver.getPageSource().contains("Nueva contraseña"), "Keycloak asks for the password in Spanish");
            browser.screenshot("invitation-password-es");
            AcceptInvitation.choosePassword(browser, PASSWORD);

            AcceptInvitation.startIntake(browser, address, PASSWORD);
            assertEquals("es", driver.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("Revisión de entumecimiento emocional de Thaw", browser.text(By.id("instrument-title")));
            assertTrue(
                    browser.text(By.id("screener:thaw-translation")).startsWith("Traducción de Thaw"),
                    "marked as Thaw's own");
            answerEveryChoice(browser, 1);
            save(browser);
            assertSaved(browser, "Guardado: ");
            browser.screenshot("invitation-intake-es");
            click(browser, By.id("screener:continue"));
            browser.wait(WAIT)
                    .until(ExpectedConditions.textToBe(
                            By.id("instrument-title"), "PHQ-9 (Patient Health Questionnaire)"));
            assertTrue(
                    browser.text(By.id("screener:english-only")).startsWith("Este cuestionario se muestra en inglés"),
                    browser.text(By.id("screener:english-only")));
        }
    }

    private static void owner(String sql) throws Exception {
        Stack stack = TestStack.get();
        try (Connection c = DriverManager.getConnection(stack.appJdbcUrl(), stack.ownerUser(), stack.ownerPassword());
                var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String invite(String address) {
        return invite(address, "en");
    }

    private static String invite(String address, String language) {
        return "{\"firstName\": \"Fern\", \"lastName\": \"Invited\", \"email\": \"" + address + "\","
                + " \"language\": \"" + language + "\", \"timeZone\": \"Europe/Oslo\", \"intake\": [\"PCL-5\"]}";
    }

    /** The action link of the invitation e-mail to {@code address}. */
    static String actionLink(String address) throws Exception {
        waitForMails(address, 1);
        for (MimeMessage message : TestStack.mail().getReceivedMessages()) {
            if (sentTo(message, address)) {
                String raw = new String(message.getRawInputStream().readAllBytes(), StandardCharsets.UTF_8);
                String plain = raw.replace("=\r\n", "")
                        .replace("=\n", "")
                        .replace("=3D", "=")
                        .replace("&amp;", "&");
                Matcher m = ACTION_LINK.matcher(plain);
                if (m.find()) {
                    return m.group();
                }
            }
        }
        throw new AssertionError("no e-mail with an action link to " + address);
    }

    static int waitForMails(String address, int count) throws Exception {
        Instant until = Instant.now().plus(WAIT);
        int found;
        while ((found = mailsTo(address)) < count && Instant.now().isBefore(until)) {
            Thread.sleep(250);
        }
        return found;
    }

    private static int mailsTo(String address) throws Exception {
        int n = 0;
        for (MimeMessage message : TestStack.mail().getReceivedMessages()) {
            if (sentTo(message, address)) {
                n++;
            }
        }
        return n;
    }

    private static boolean sentTo(MimeMessage message, String address) throws Exception {
        Address[] to = message.getAllRecipients();
        return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
    }

    static String single(String sql, String parameter) throws Exception {
        Stack stack = TestStack.get();
        try (Connection c = DriverManager.getConnection(stack.appJdbcUrl(), stack.ownerUser(), stack.ownerPassword());
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static Map<String, Object> passwordGrant(String username, String password) throws Exception {
        return token("grant_type=password&client_id=thaw-cli&scope=openid&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    private static Map<String, Object> refresh(String refreshToken) throws Exception {
        return token("grant_type=refresh_token&client_id=thaw-cli&refresh_token="
                + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8));
    }

    /** A token endpoint's answer, with its HTTP status as {@code status}. */
    private static Map<String, Object> token(String form) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(TestStack.issuer() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Object> answer = JSONObjectUtils.parse(r.body());
        answer.put("status", r.statusCode());
        return answer;
    }
}
