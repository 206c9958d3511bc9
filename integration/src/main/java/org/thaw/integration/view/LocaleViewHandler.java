package org.thaw.integration.view;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.thaw.patient.boundary.MyLanguage;

/**
 * Gives every new view the reader's language ({@link Languages#pick}): the one on their record,
 * else their browser's, else English. The record is read once per session; choosing a language
 * in the header ({@link LanguageSwitch}) replaces what the session remembers. The browser keeps
 * the language too ({@link LanguageCookie}), for the sign-in page of its next visit.
 */
public class LocaleViewHandler extends ViewHandlerWrapper {

    /** The session attribute holding the tag chosen on the record ("" when none). */
    static final String CHOSEN = LocaleViewHandler.class.getName() + ".chosen";

    private static final Logger LOG = Logger.getLogger(LocaleViewHandler.class.getName());

    public LocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        return Languages.pick(chosen(external), external.getRequestLocales());
    }

    private static Optional<String> chosen(ExternalContext external) {
        if (external.getUserPrincipal() == null) {
            return Optional.empty();
        }
        Map<String, Object> session = external.getSessionMap();
        Object remembered = session.get(CHOSEN);
        if (remembered == null) {
            try {
                remembered =
                        CDI.current().select(MyLanguage.class).get().chosen().orElse("");
            } catch (RuntimeException unreadable) {
                // The error pages (with the crisis text) must render even with the database away:
                // the browser's language stands in, and the record is asked again next time.
                LOG.warning("The reader's language could not be read ("
                        + unreadable.getClass().getSimpleName() + "); following the browser's");
                return Optional.empty();
            }
            session.put(CHOSEN, remembered);
            // the first page of a session: the browser remembers it for the next sign-in page
            remember(external, remembered.toString());
        }
        return Optional.of(remembered.toString()).filter(tag -> !tag.isEmpty());
    }

    /** Remembers a newly chosen tag for the rest of the session, and in the browser. */
    static void remember(FacesContext context, String tag) {
        context.getExternalContext().getSessionMap().put(CHOSEN, tag);
        remember(context.getExternalContext(), tag);
    }

    private static void remember(ExternalContext external, String tag) {
        if (external.getRequest() instanceof HttpServletRequest request
                && external.getResponse() instanceof HttpServletResponse response) {
            LanguageCookie.write(request, response, tag);
        }
    }
}
