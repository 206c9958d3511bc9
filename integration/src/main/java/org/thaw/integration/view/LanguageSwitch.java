package org.thaw.integration.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.thaw.integration.security.KeycloakLanguage;
import org.thaw.patient.boundary.MyLanguage;
import org.thaw.platform.InvalidInputException;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * The language switch in both apps' headers ({@code #{languageSwitch}}): keeps the chosen language
 * on the person's record and shows the same page again in it at once.
 */
@Named
@RequestScoped
public class LanguageSwitch {

    @Inject
    MyLanguage myLanguage;

    @Inject
    KeycloakLanguage keycloakLanguage;

    private String language;

    /** The language choices, each written in its own language ("English", "Español"). */
    public List<Locale> getChoices() {
        return Languages.SUPPORTED;
    }

    public String nameOf(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public String getLanguage() {
        return language == null ? Texts.locale().getLanguage() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** Keeps the choice, then shows the current page again (its parameters kept) in that language. */
    public String choose() {
        FacesContext context = FacesContext.getCurrentInstance();
        String chosen;
        try {
            chosen = myLanguage.choose(language);
        } catch (RecordNotFoundException noRecord) {
            // Someone without a record of their own (an administrator): the choice lasts the session.
            chosen = Languages.supported(language).map(Locale::getLanguage).orElse(null);
        } catch (InvalidInputException refused) {
            Refusals.show(refused, field -> null, field -> Texts.get("layout.language"));
            return null;
        }
        if (chosen != null) {
            LocaleViewHandler.remember(context, chosen);
            // Keycloak's own pages and e-mails follow too, as far as Keycloak can be reached
            keycloakLanguage.follow(chosen);
        }
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
