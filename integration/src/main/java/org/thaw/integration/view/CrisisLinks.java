package org.thaw.integration.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The crisis resources as a person on a phone needs them: the practice's plain text, HTML-escaped,
 * with every phone number a {@code tel:} link (and an {@code sms:} link beside it where the text
 * says to text it) and every web address a link. Everything else stays text, so the practice's
 * wording can hold no markup. Pages render it with {@code escape="false"}: only this class writes
 * markup into it.
 */
@Named("crisisLinks")
@ApplicationScoped
public class CrisisLinks {

    /** A web address (with or without a scheme) or a phone number of 3 to 15 digits. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?<url>https?://[^\\s<>\"]+[^\\s<>\".,;:)]"
                    + "|(?<![\\w@.-])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:org|com|net|gov|edu|info|[a-z]{2})"
                    + "(?:/[^\\s<>\"]*[^\\s<>\".,;:)])?(?![\\w@-]))"
                    + "|(?<phone>(?<![\\w.+/-])\\+?\\d(?:[ -]?\\d){2,14}(?![\\w/-]|\\.\\d))",
            Pattern.CASE_INSENSITIVE);

    /** "text 988", "call or text 988", "text HOME to 741741": the number can take a text message. */
    private static final Pattern TEXT_BEFORE =
            Pattern.compile("\\btext(?:\\s+\\p{Lu}+\\s+to)?\\s*$", Pattern.CASE_INSENSITIVE);

    /** The text as safe HTML with its numbers and addresses as links; null as empty. */
    public String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(escape(text.substring(at, m.start())));
            String token = m.group();
            if (m.group("url") != null) {
                String href = token.regionMatches(true, 0, "http", 0, 4) ? token : "https://" + token;
                out.append("<a class=\"thaw-crisis-link\" href=\"")
                        .append(escape(href))
                        .append("\" rel=\"noopener\">")
                        .append(escape(token))
                        .append("</a>");
            } else {
                String digits = token.replaceAll("[ -]", "");
                out.append("<a class=\"thaw-crisis-link\" href=\"tel:")
                        .append(digits)
                        .append("\">")
                        .append(escape(token))
                        .append("</a>");
                String before = text.substring(Math.max(0, m.start() - 24), m.start());
                if (TEXT_BEFORE.matcher(before).find()) {
                    out.append(" <a class=\"thaw-crisis-link\" href=\"sms:")
                            .append(digits)
                            .append("\">(send a text)</a>");
                }
            }
            at = m.end();
        }
        out.append(escape(text.substring(at)));
        return out.toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
