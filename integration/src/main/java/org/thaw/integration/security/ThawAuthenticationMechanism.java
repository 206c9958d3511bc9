package org.thaw.integration.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.thaw.integration.rest.ProblemLanguage;
import org.thaw.integration.view.LanguageCookie;
import org.thaw.integration.view.Languages;
import org.thaw.practice.boundary.CrisisResources;
import org.thaw.practice.boundary.SettingDefinition;

/**
 * One war, two ways in. Pages sign in through the browser's OpenID Connect session (the war's
 * {@code @OpenIdAuthenticationMechanismDefinition}, to which this delegates); everything under
 * {@code /api} takes a Keycloak bearer token only: no token gives 401, never a redirect, and the
 * browser session does not open the API (which keeps it out of CSRF's reach).
 *
 * <p>Jakarta Security allows one mechanism per application, so this one wins resolution as an
 * enabled alternative and finds the container's OpenID Connect mechanism among the other beans.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class ThawAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(ThawAuthenticationMechanism.class.getName());

    /** Request attribute set when a FHIR request's bearer token was refused (the request goes on anonymous). */
    public static final String REFUSED_TOKEN = ThawAuthenticationMechanism.class.getName() + ".refused";

    @Inject
    BeanManager beanManager;

    @Inject
    OidcSettings settings;

    @Inject
    CrisisResources crisisResources;

    private volatile HttpAuthenticationMechanism browser;
    private volatile SignInAvailability availability;
    private volatile BearerTokenVerifier verifier;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        // a 401 or the redirect to sign in is answered here, before any filter: the same headers
        SecurityHeadersFilter.apply(request, response);
        if (isApi(request)) {
            return bearer(request, response, context);
        }
        if (context.isProtected() && request.getUserPrincipal() == null) {
            SignedInServlet.remember(request);
        }
        return browserSignIn(request, response, context);
    }

    /**
     * The browser's OpenID Connect mechanism, with one difference: when it would send the browser
     * to Keycloak and Keycloak does not answer, the visitor gets Thaw's own 503 page (sign-in is
     * unavailable, try again in a few minutes, the crisis resources) instead of a browser error
     * from a dead sign-in server. Sessions already signed in are not sent to Keycloak and keep
     * working; access is never granted without it.
     */
    private AuthenticationStatus browserSignIn(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        SignInGuard guard = new SignInGuard(
                response,
                settings.getIssuer(),
                availability(),
                LanguageCookie.read(request).orElse(null));
        context.setResponse(guard);
        AuthenticationStatus status;
        try {
            status = browser().validateRequest(request, guard, context);
        } catch (AuthenticationException | RuntimeException e) {
            // e.g. the provider's metadata could not be fetched: Keycloak is away
            context.setResponse(response);
            if (!response.isCommitted() && !availability().available()) {
                LOG.log(Level.FINE, "sign-in failed while Keycloak is away", e);
                return unavailable(request, response);
            }
            throw e;
        } finally {
            context.setResponse(response);
        }
        if (guard.refused()) {
            return unavailable(request, response);
        }
        return status;
    }

    private AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        String text;
        try {
            text = crisisResources.text();
        } catch (RuntimeException e) {
            text = SettingDefinition.DEFAULT_CRISIS_RESOURCES;
        }
        SignInUnavailablePage.send(request, response, text, CrisisResources.NOT_WATCHED);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private SignInAvailability availability() {
        SignInAvailability a = availability;
        if (a == null) {
            a = new SignInAvailability(settings.getIssuer());
            availability = a;
        }
        return a;
    }

    @Override
    public AuthenticationStatus secureResponse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (isApi(request)) {
            return AuthenticationStatus.SUCCESS;
        }
        return browser().secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
        } else {
            browser().cleanSubject(request, response, context);
        }
    }

    /** The REST API and the FHIR API: bearer tokens only, never the browser session. */
    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/") || isFhir(request);
    }

    /**
     * The FHIR API: the same bearer tokens, but it answers a missing or refused token itself, with
     * an OperationOutcome (its metadata is open to anyone).
     */
    static boolean isFhir(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/fhir") || path.startsWith("/fhir/");
    }

    private AuthenticationStatus bearer(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            try {
                VerifiedToken token = verifier().verify(header.substring(7).trim());
                request.setAttribute(VerifiedToken.ATTRIBUTE, token);
                return context.notifyContainerAboutLogin(token.username(), token.roles());
            } catch (InvalidTokenException e) {
                LOG.log(Level.FINE, "bearer token refused", e);
                if (isFhir(request)) {
                    request.setAttribute(REFUSED_TOKEN, Boolean.TRUE);
                    return context.doNothing();
                }
                return unauthorized(
                        request,
                        response,
                        "Bearer realm=\"thaw\", error=\"invalid_token\"",
                        "The access token is not valid.");
            }
        }
        if (context.isProtected()) {
            return unauthorized(request, response, "Bearer realm=\"thaw\"", "A bearer token is required.");
        }
        return context.doNothing();
    }

    /**
     * 401 problem+json, written before JAX-RS is reached, in the caller's language as every REST
     * problem is ({@link ProblemLanguage}). With no {@code Accept-Language} the servlet container
     * would offer its own default locale, so none means English.
     */
    private static AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response, String challenge, String detail) {
        Locale language = request.getHeader("Accept-Language") == null
                ? Locale.ENGLISH
                : Languages.pick(Optional.empty(), request.getLocales().asIterator());
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", challenge);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Language", language.toLanguageTag());
        response.addHeader("Vary", "Accept-Language");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter()
                    .write(ProblemLanguage.in(
                            language,
                            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401," + "\"detail\":\""
                                    + detail + "\"}"));
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not write 401 body", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * At start, fetch the realm's signing keys in the background: an app that had not needed them
     * yet would otherwise refuse good tokens while Keycloak is away (the keys are then kept while
     * it cannot be reached).
     */
    void prefetchKeys(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Thread fetch = new Thread(
                () -> {
                    if (!verifier().prefetch()) {
                        LOG.warning("The realm's signing keys could not be fetched at start; the first API call"
                                + " tries again");
                    }
                },
                "thaw-jwks-prefetch");
        fetch.setDaemon(true);
        fetch.start();
    }

    /**
     * Whether the realm's signing keys are at hand (fetched, or kept from an earlier fetch while
     * Keycloak is away): bearer tokens can be checked. Fetches them when they are not.
     */
    public boolean signingKeysAtHand() {
        return verifier().prefetch();
    }

    private BearerTokenVerifier verifier() {
        BearerTokenVerifier v = verifier;
        if (v == null) {
            v = new BearerTokenVerifier(settings.getIssuer(), settings.getJwksUri(), OidcSettings.API_AUDIENCE);
            verifier = v;
        }
        return v;
    }

    private HttpAuthenticationMechanism browser() {
        HttpAuthenticationMechanism b = browser;
        if (b == null) {
            Bean<?> bean = beanManager.getBeans(HttpAuthenticationMechanism.class).stream()
                    .filter(candidate -> !ThawAuthenticationMechanism.class.equals(candidate.getBeanClass()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No OpenID Connect mechanism: the war needs @OpenIdAuthenticationMechanismDefinition"));
            b = (HttpAuthenticationMechanism) beanManager.getReference(
                    bean, HttpAuthenticationMechanism.class, beanManager.createCreationalContext(bean));
            browser = b;
        }
        return b;
    }
}
