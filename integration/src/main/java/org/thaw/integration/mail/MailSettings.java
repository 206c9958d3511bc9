package org.thaw.integration.mail;

import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where notification e-mail goes and where its links point, read from configuration (system
 * properties or environment, as {@link org.thaw.integration.security.OidcSettings} reads
 * Keycloak's): {@code thaw.smtp.host} / {@code THAW_SMTP_HOST} (none: e-mail is off), {@code
 * thaw.smtp.port} (25), {@code thaw.smtp.from} ({@value #DEFAULT_FROM}), {@code thaw.smtp.user}
 * and {@code thaw.smtp.password} (both or neither), {@code thaw.smtp.starttls} (false; true
 * requires it), and {@code thaw.base.url} / {@code THAW_BASE_URL}, the public address of the apps
 * ({@value #DEFAULT_BASE_URL}).
 */
public record MailSettings(
        Optional<String> host,
        int port,
        String from,
        Optional<String> user,
        Optional<String> password,
        boolean starttls,
        String baseUrl) {

    public static final String DEFAULT_FROM = "Thaw <no-reply@localhost>";
    public static final String DEFAULT_BASE_URL = "http://localhost:8080";

    /** The settings this application is configured with. */
    public static MailSettings current() {
        Config config = ConfigProvider.getConfig(MailSettings.class.getClassLoader());
        return from(name -> config.getOptionalValue(name, String.class));
    }

    /**
     * The settings from a lookup of configuration names ({@code thaw.smtp.host}, ...); blank
     * values count as absent. A port that is not a port number is refused, naming the setting.
     */
    public static MailSettings from(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> value =
                name -> lookup.apply(name).map(String::strip).filter(v -> !v.isEmpty());
        return new MailSettings(
                value.apply("thaw.smtp.host"),
                port(value.apply("thaw.smtp.port").orElse(null)),
                value.apply("thaw.smtp.from").orElse(DEFAULT_FROM),
                value.apply("thaw.smtp.user"),
                value.apply("thaw.smtp.password"),
                value.apply("thaw.smtp.starttls").map(Boolean::parseBoolean).orElse(false),
                value.apply("thaw.base.url")
                        .map(MailSettings::withoutTrailingSlash)
                        .orElse(DEFAULT_BASE_URL));
    }

    /** Whether an SMTP server is configured at all. */
    public boolean enabled() {
        return host.isPresent();
    }

    /** The page of an app that lists the reader's messages: {@code portal} or {@code clinician}. */
    public String messagesPage(String app) {
        return switch (app) {
            case "portal" -> baseUrl + "/portal/messages.xhtml";
            case "clinician" -> baseUrl + "/clinician/inbox.xhtml";
            default -> throw new IllegalArgumentException("no messages page for app '" + app + "'");
        };
    }

    private static int port(String raw) {
        if (raw == null) {
            return 25;
        }
        try {
            int port = Integer.parseInt(raw);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(
                "thaw.smtp.port must be a port number between 1 and 65535, got '" + raw + "'");
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "MailSettings[host=" + host.orElse("") + ", port=" + port + ", from=" + from + ", user="
                + user.orElse("") + ", password=" + (password.isPresent() ? "***" : "") + ", starttls=" + starttls
                + ", baseUrl=" + baseUrl + "]";
    }
}
