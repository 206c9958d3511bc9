package org.thaw.message.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.thaw.platform.InvalidInputException;

/** What a new thread or message may be, at the limits; each refusal names its field. */
class DraftsTest {

    private static InvalidInputException refused(Executable draft) {
        return assertThrows(InvalidInputException.class, draft);
    }

    @Test
    void aSubjectIsStrippedAndMayHaveTwoHundredCharacters() {
        assertEquals("Sleep", Drafts.subject("  Sleep \n"));
        assertEquals("s".repeat(200), Drafts.subject("s".repeat(200)));
        assertEquals("s".repeat(200), Drafts.subject(" " + "s".repeat(200) + " "), "spaces around do not count");
    }

    @Test
    void aSubjectOfTwoHundredAndOneCharactersOrNoneIsRefusedNamingSubject() {
        for (String subject : new String[] {"s".repeat(201), null, "", "   \n\t"}) {
            InvalidInputException refusal = refused(() -> Drafts.subject(subject));
            assertEquals("subject", refusal.field(), "'" + subject + "'");
            assertTrue(refusal.getMessage().contains("200"), refusal.getMessage());
        }
    }

    @Test
    void aBodyOfTenThousandCharactersIsAccepted() {
        String body = "b".repeat(10_000);

        assertEquals(body, Drafts.body(body));
    }

    @Test
    void aBodyKeepsItsLineBreaksAndLosesSurroundingSpace() {
        assertEquals("Hi,\n\nI feel numb.", Drafts.body("\n  Hi,\n\nI feel numb.  \n"));
    }

    @Test
    void aBodyOfTenThousandAndOneCharactersIsRefusedNamingBodyAndTheCount() {
        InvalidInputException refusal = refused(() -> Drafts.body("b".repeat(10_001)));

        assertEquals("body", refusal.field());
        assertEquals("must be at most 10,000 characters (it has 10,001)", refusal.getMessage());
    }

    @Test
    void theCountIsWrittenTheSameWhateverTheServersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(
                    "must be at most 10,000 characters (it has 12,345)",
                    refused(() -> Drafts.body("b".repeat(12_345))).getMessage());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aBlankOrMissingBodyIsRefusedNamingBody() {
        for (String body : new String[] {null, "", " ", "\n\r\n\t "}) {
            assertEquals("body", refused(() -> Drafts.body(body)).field(), "'" + body + "'");
        }
    }

    @Test
    void aKeyIsOptionalAndMayHaveAHundredCharacters() {
        assertNull(Drafts.key(null));
        assertNull(Drafts.key(""));
        assertNull(Drafts.key("  "));
        assertEquals("k".repeat(100), Drafts.key("k".repeat(100)));
        assertEquals("3f1c7a52-0b8e-4d1a-9c1e-2b7f5e8d9a10", Drafts.key("3f1c7a52-0b8e-4d1a-9c1e-2b7f5e8d9a10"));
    }

    @Test
    void aKeyOfAHundredAndOneCharactersIsRefusedNamingIt() {
        InvalidInputException refusal = refused(() -> Drafts.key("k".repeat(101)));

        assertEquals("idempotencyKey", refusal.field());
        assertTrue(refusal.getMessage().contains("100"), refusal.getMessage());
    }

    @Test
    void aReasonToHideIsRequiredUpToFiveHundredCharacters() {
        assertEquals("sent to the wrong patient", Drafts.reason("  sent to the wrong patient "));
        assertEquals("r".repeat(500), Drafts.reason("r".repeat(500)));
        for (String reason : new String[] {null, "", "  ", "r".repeat(501)}) {
            assertEquals("reason", refused(() -> Drafts.reason(reason)).field(), "'" + reason + "'");
        }
    }

    @Test
    void aTaskTitleIsRequiredUpToTwoHundredCharacters() {
        assertEquals("Call back about sleep", Drafts.taskTitle(" Call back about sleep "));
        assertEquals("t".repeat(200), Drafts.taskTitle("t".repeat(200)));
        for (String title : new String[] {null, "", "  ", "t".repeat(201)}) {
            assertEquals("title", refused(() -> Drafts.taskTitle(title)).field(), "'" + title + "'");
        }
    }

    @Test
    void theLimitsMatchTheDatabaseColumns() {
        assertEquals(200, Drafts.MAX_SUBJECT, "message_thread.subject varchar(200)");
        assertEquals(100, Drafts.MAX_KEY, "idempotency_key varchar(100)");
        assertEquals(500, Drafts.MAX_REASON, "message.hidden_reason varchar(500)");
        assertEquals(200, Drafts.MAX_TASK_TITLE, "chart_task.title varchar(200)");
        assertEquals(10_000, MessageText.MAX_LENGTH, "message.body varchar(10000)");
    }
}
