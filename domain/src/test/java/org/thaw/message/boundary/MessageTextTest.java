package org.thaw.message.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.thaw.message.boundary.MessageText.Kind;
import org.thaw.message.boundary.MessageText.Piece;

/** How a message's text becomes pieces for the page: only https addresses become links, in full. */
class MessageTextTest {

    private static final Piece BREAK = new Piece(Kind.BREAK, "");

    private static Piece text(String text) {
        return new Piece(Kind.TEXT, text);
    }

    private static Piece link(String url) {
        return new Piece(Kind.LINK, url);
    }

    /** The pieces joined again (a break as a newline): nothing of the message is lost or added. */
    private static String joined(List<Piece> pieces) {
        return pieces.stream().map(p -> p.isBreak() ? "\n" : p.text()).collect(Collectors.joining());
    }

    @Test
    void plainTextIsOneTextPiece() {
        assertEquals(List.of(text("Hello, I had a hard week.")), MessageText.pieces("Hello, I had a hard week."));
    }

    @Test
    void nothingIsNoPieces() {
        assertEquals(List.of(), MessageText.pieces(""));
        assertEquals(List.of(), MessageText.pieces(null));
    }

    @Test
    void lineBreaksOfEveryKindAreBreaks() {
        assertEquals(
                List.of(text("one"), BREAK, text("two"), BREAK, text("three"), BREAK, text("four")),
                MessageText.pieces("one\r\ntwo\nthree\rfour"));
    }

    @Test
    void anEmptyLineIsTwoBreaksAndATrailingNewlineOneMore() {
        assertEquals(List.of(text("a"), BREAK, BREAK, text("b"), BREAK), MessageText.pieces("a\r\n\r\nb\n"));
    }

    @Test
    void anHttpsAddressIsALinkShownInFull() {
        String url = "https://example.org/path/to/page?q=1&r=two#part";

        assertEquals(
                List.of(text("See "), link(url), text(" for more")), MessageText.pieces("See " + url + " for more"));
        assertEquals(List.of(link("https://988lifeline.org")), MessageText.pieces("https://988lifeline.org"));
    }

    @Test
    void linksOnSeveralLines() {
        assertEquals(
                List.of(link("https://a.example"), BREAK, text("and "), link("https://b.example/x"), text(" too")),
                MessageText.pieces("https://a.example\nand https://b.example/x too"));
        assertEquals(
                List.of(link("https://a.example"), text(" "), link("https://b.example")),
                MessageText.pieces("https://a.example https://b.example"));
    }

    @Test
    void trailingPunctuationStaysText() {
        assertEquals(
                List.of(text("Read "), link("https://example.org/a"), text(".")),
                MessageText.pieces("Read https://example.org/a."));
        assertEquals(
                List.of(text("(see "), link("https://example.org/a"), text("),")),
                MessageText.pieces("(see https://example.org/a),"));
        assertEquals(
                List.of(text("Is it "), link("https://example.org/"), text("?!")),
                MessageText.pieces("Is it https://example.org/?!"));
        assertEquals(
                List.of(link("https://example.org/a"), text(";: next")),
                MessageText.pieces("https://example.org/a;: next"));
        assertEquals(
                List.of(text("["), link("https://example.org/a"), text("]")),
                MessageText.pieces("[https://example.org/a]"));
    }

    @Test
    void punctuationInsideAnAddressStaysInTheLink() {
        assertEquals(
                List.of(link("https://example.org/a.b,c;d:8443/e?f=g!h")),
                MessageText.pieces("https://example.org/a.b,c;d:8443/e?f=g!h"));
    }

    @Test
    void otherSchemesStayTextVerbatim() {
        for (String body : new String[] {
            "http://example.org/insecure",
            "javascript:alert(1)",
            "JavaScript:alert(document.cookie)",
            "mailto:someone@example.org",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "ftp://example.org/file",
            "//example.org/no-scheme",
            "www.example.org",
        }) {
            assertEquals(List.of(text(body)), MessageText.pieces(body), body);
        }
    }

    @Test
    void htmlStaysTextVerbatim() {
        for (String body : new String[] {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "&lt;b&gt; &amp; <b>bold</b>",
        }) {
            assertEquals(List.of(text(body)), MessageText.pieces(body), body);
        }
    }

    @Test
    void aLinkEndsWhereMarkupBegins() {
        assertEquals(
                List.of(link("https://example.org/"), text("<script>alert(1)</script>")),
                MessageText.pieces("https://example.org/<script>alert(1)</script>"));
        assertEquals(
                List.of(text("<a href=\""), link("https://example.org/x"), text("\" onclick=alert(1)>x</a>")),
                MessageText.pieces("<a href=\"https://example.org/x\" onclick=alert(1)>x</a>"));
        assertEquals(
                List.of(link("https://example.org/"), text("'onmouseover=alert(1)")),
                MessageText.pieces("https://example.org/'onmouseover=alert(1)"));
    }

    @Test
    void aBareSchemeStaysText() {
        assertEquals(List.of(text("https://")), MessageText.pieces("https://"));
        assertEquals(List.of(text("go to https:// now")), MessageText.pieces("go to https:// now"));
        assertEquals("https://.", joined(MessageText.pieces("https://.")));
        MessageText.pieces("https://.").forEach(p -> assertEquals(Kind.TEXT, p.kind(), p.toString()));
    }

    @Test
    void anUpperCaseSchemeIsNotALink() {
        assertEquals(List.of(text("HTTPS://EXAMPLE.ORG")), MessageText.pieces("HTTPS://EXAMPLE.ORG"));
    }

    @Test
    void thePiecesJoinedAreTheTextWithItsLineBreaksNormalised() {
        String body = "Hi,\r\nsee https://example.org/a). <b>x</b>\rhttp://no https:// https://x.example/?\n\nend";

        assertEquals(body.replace("\r\n", "\n").replace('\r', '\n'), joined(MessageText.pieces(body)));
    }

    @Test
    void theLongestBodyIsTenThousandCharacters() {
        assertEquals(10_000, MessageText.MAX_LENGTH);
    }
}
