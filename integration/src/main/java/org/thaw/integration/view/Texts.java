package org.thaw.integration.view;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The pages' words for Java code (a page itself reads them as {@code #{msg['key']}}): one bundle
 * for both apps, {@code org/thaw/integration/view/messages.properties}, in the language of the page
 * being rendered. A text with arguments is a {@link MessageFormat} pattern ("and {0} more").
 */
public final class Texts {

    static final String BUNDLE = "org.thaw.integration.view.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {}

    /** The text for {@code key} in the current page's language, its {@code {0}}… filled in. */
    public static String get(String key, Object... args) {
        return get(locale(), key, args);
    }

    /** The text for {@code key} in the current page's language, or {@code fallback} when the bundle has no such key. */
    public static String getOr(String key, String fallback) {
        ResourceBundle bundle = bundle(locale());
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** The text for {@code key} in {@code locale}, its {@code {0}}… filled in. */
    public static String get(Locale locale, String key, Object... args) {
        String pattern = bundle(locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * The bundle for {@code locale}: its own file, else the English one, never the server's default
     * language (a server started in Spanish must not answer an English reader in Spanish).
     */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    /** The language of the page being rendered (English outside a Faces request). */
    public static Locale locale() {
        FacesContext faces;
        try {
            faces = FacesContext.getCurrentInstance();
        } catch (LinkageError noFacesRuntime) {
            return Locale.ENGLISH; // plain Java (unit tests, mail): no page is being rendered
        }
        return faces == null || faces.getViewRoot() == null
                ? Locale.ENGLISH
                : faces.getViewRoot().getLocale();
    }
}
