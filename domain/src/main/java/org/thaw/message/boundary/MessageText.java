package org.thaw.message.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a message's plain text is shown: as pieces of text (escaped by the page like any text),
 * line breaks, and links. Only an {@code https} address becomes a link, and it is shown in full,
 * so a reader always sees where it goes; anything else (http, javascript:, mailto:, HTML) stays
 * text.
 *
 * <pre>
 * MessageText.pieces("See https://example.org/a\nthanks")
 *     // [TEXT "See ", LINK "https://example.org/a", BREAK, TEXT "thanks"]
 * </pre>
 */
public final class MessageText {

    /** The longest message body, in characters. */
    public static final int MAX_LENGTH = 10_000;

    /** An https address up to the next white space; trailing punctuation stays text. */
    private static final Pattern LINK = Pattern.compile("https://[^\\s<>\"'`]+");

    private static final Pattern TRAILING = Pattern.compile("[.,;:!?)\\]]+$");

    /** What a piece is. */
    public enum Kind {
        TEXT,
        LINK,
        BREAK
    }

    /** One piece; {@code text} is empty for a BREAK. */
    public record Piece(Kind kind, String text) {
        public boolean isLink() {
            return kind == Kind.LINK;
        }

        public boolean isBreak() {
            return kind == Kind.BREAK;
        }
    }

    private MessageText() {}

    public static List<Piece> pieces(String body) {
        List<Piece> pieces = new ArrayList<>();
        String[] lines = (body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n')).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                pieces.add(new Piece(Kind.BREAK, ""));
            }
            line(lines[i], pieces);
        }
        return List.copyOf(pieces);
    }

    private static void line(String line, List<Piece> pieces) {
        Matcher m = LINK.matcher(line);
        int at = 0;
        while (m.find()) {
            String url = m.group();
            Matcher tail = TRAILING.matcher(url);
            String trailing = tail.find() ? tail.group() : "";
            url = url.substring(0, url.length() - trailing.length());
            if (m.start() > at) {
                pieces.add(new Piece(Kind.TEXT, line.substring(at, m.start())));
            }
            if (url.length() > "https://".length()) {
                pieces.add(new Piece(Kind.LINK, url));
            } else {
                pieces.add(new Piece(Kind.TEXT, url));
            }
            at = m.start() + url.length();
        }
        if (at < line.length()) {
            pieces.add(new Piece(Kind.TEXT, line.substring(at)));
        }
    }
}
