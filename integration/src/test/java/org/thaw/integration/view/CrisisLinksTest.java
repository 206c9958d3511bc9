package org.thaw.integration.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrisisLinksTest {

    private final CrisisLinks links = new CrisisLinks();

    @Test
    void emergencyNumbersBecomeTelephoneLinks() {
        assertEquals(
                "call <a class=\"thaw-crisis-link\" href=\"tel:112\">112</a> in Europe,"
                        + " <a class=\"thaw-crisis-link\" href=\"tel:911\">911</a> in the US",
                links.html("call 112 in Europe, 911 in the US"));
    }

    @Test
    void aNumberToTextAlsoGetsATextMessageLink() {
        String html = links.html("In the US, call or text 988 (Suicide & Crisis Lifeline)");
        assertTrue(html.contains("href=\"tel:988\">988</a> <a class=\"thaw-crisis-link\" href=\"sms:988\">"), html);
        assertTrue(html.contains("Suicide &amp; Crisis Lifeline"), html);
        assertTrue(links.html("Text HOME to 741741").contains("href=\"sms:741741\""));
        assertFalse(links.html("Call 911").contains("sms:"));
    }

    @Test
    void spacedAndInternationalNumbersKeepTheirLookAndDialAsDigits() {
        assertEquals(
                "<a class=\"thaw-crisis-link\" href=\"tel:+18002738255\">+1 800 273 8255</a>",
                links.html("+1 800 273 8255"));
        assertEquals("<a class=\"thaw-crisis-link\" href=\"tel:08001111\">0800-1111</a>.", links.html("0800-1111."));
    }

    @Test
    void webAddressesBecomeLinksWithoutTheSentencesFullStop() {
        assertEquals(
                "chat at <a class=\"thaw-crisis-link\" href=\"https://988lifeline.org\" rel=\"noopener\">"
                        + "988lifeline.org</a>, any time",
                links.html("chat at 988lifeline.org, any time"));
        assertEquals(
                "see <a class=\"thaw-crisis-link\" href=\"https://example.org/help\" rel=\"noopener\">"
                        + "https://example.org/help</a>.",
                links.html("see https://example.org/help."));
    }

    @Test
    void shortNumbersDatesAndTimesStayText() {
        assertEquals("open 9 to 17, on 3.12.2026, 2 people", links.html("open 9 to 17, on 3.12.2026, 2 people"));
    }

    @Test
    void markupInThePracticesTextIsShownNotRun() {
        String html = links.html("<script>alert(1)</script> \"quoted\" <a href=x>");
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &lt;a href=x&gt;", html);
        assertEquals("", links.html(null));
    }

    @Test
    void anAddressCannotBreakOutOfItsAttribute() {
        String html = links.html("https://evil.example/\"onmouseover=alert(1)");
        assertFalse(html.contains("\"onmouseover"), html);
    }
}
