package org.thaw.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the {@code thaw} realm for a base URL and the client secrets from a template in
 * {@code deploy/src/main/resources/keycloak}: {@code thaw-realm-local.json} (demo users and the
 * {@code thaw-cli} script client) or {@code thaw-realm-production.json} (neither).
 */
final class RealmTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)}");

    private RealmTemplate() {}

    static String local(Map<String, String> values) {
        return render(read("keycloak/thaw-realm-local.json"), values);
    }

    static String production(Map<String, String> values) {
        return render(read("keycloak/thaw-realm-production.json"), values);
    }

    /** Replaces every {@code ${NAME}}; a placeholder without a value is an error, never left in. */
    static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("realm template needs a value for " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(jsonEscape(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String read(String resource) {
        try (InputStream in = RealmTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String jsonEscape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
