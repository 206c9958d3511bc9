package org.thaw.integration.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * A bundle text with its arguments filled in, for a page that needs one inside an attribute (a
 * column header, a button, a label) where {@code h:outputFormat} cannot stand:
 * {@code #{fmt.of1('plan.goal', s.index + 1)}}. The text follows the page's language, as
 * {@code #{msg['key']}} does.
 */
@Named("fmt")
@ApplicationScoped
public class TextFormat {

    /** The text for {@code key} with one argument. */
    public String of1(String key, Object a) {
        return Texts.get(key, a);
    }

    /** The text for {@code key} with two arguments. */
    public String of2(String key, Object a, Object b) {
        return Texts.get(key, a, b);
    }

    /** The text for {@code key} with three arguments. */
    public String of3(String key, Object a, Object b, Object c) {
        return Texts.get(key, a, b, c);
    }

    /** The text for {@code key} with four arguments. */
    public String of4(String key, Object a, Object b, Object c, Object d) {
        return Texts.get(key, a, b, c, d);
    }
}
