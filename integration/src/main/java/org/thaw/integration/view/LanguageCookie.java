package org.thaw.integration.view;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The browser remembers the language of the last person who read Thaw in it, so that Keycloak's
 * sign-in page, which comes before Thaw knows who is signing in, can be asked for it
 * ({@code ui_locales}) on the next visit. The cookie holds a language tag of Thaw's ("en", "es")
 * and nothing else; a value Thaw does not speak is ignored.
 */
public final class LanguageCookie {

    static final String NAME = "thaw-language";
    private static final int ONE_YEAR = Math.toIntExact(Duration.ofDays(365).toSeconds());

    private LanguageCookie() {}

    /** The remembered language, if the browser sent one Thaw speaks. */
    public static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return Languages.supported(cookie.getValue()).map(Locale::getLanguage);
            }
        }
        return Optional.empty();
    }

    /** Remembers {@code tag} (when Thaw speaks it) for both apps, unless the browser holds it already. */
    static void write(HttpServletRequest request, HttpServletResponse response, String tag) {
        Optional<String> language = Languages.supported(tag).map(Locale::getLanguage);
        if (language.isEmpty() || language.equals(read(request)) || response.isCommitted()) {
            return;
        }
        Cookie cookie = new Cookie(NAME, language.get());
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
