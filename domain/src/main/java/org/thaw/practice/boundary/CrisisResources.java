package org.thaw.practice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.thaw.practice.control.PracticeSettings;

/**
 * The practice's crisis resources: what anyone may read at any time, signed in or not (no health
 * data, so no caller check and no audit). Never empty: without a practice text, Thaw's default
 * names the emergency number and a crisis line.
 */
@Named
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CrisisResources {

    private static final Logger LOG = Logger.getLogger(CrisisResources.class.getName());

    /** What every page beside the crisis resources says, so no one waits on a reply in a crisis. */
    public static final String NOT_WATCHED = "Messages and answers in Thaw are not watched in real time. If you need"
            + " help now, do not wait for a reply from your care team.";

    @Inject
    PracticeSettings settings;

    public String notWatched() {
        return NOT_WATCHED;
    }

    /**
     * The practice's text, or Thaw's default when it cannot be read (the database is away): this is
     * shown on error pages and after a safety answer whatever else failed, so it never fails itself.
     */
    public String text() {
        return text("en");
    }

    /**
     * The practice's text in {@code language} ("es": the Spanish setting; any other: the English
     * one), or Thaw's default in that language when it cannot be read.
     */
    public String text(String language) {
        boolean spanish = "es".equals(language);
        String key = spanish ? SettingDefinition.CRISIS_RESOURCES_ES : SettingDefinition.CRISIS_RESOURCES;
        String fallback =
                spanish ? SettingDefinition.DEFAULT_CRISIS_RESOURCES_ES : SettingDefinition.DEFAULT_CRISIS_RESOURCES;
        try {
            return settings.text(key, fallback);
        } catch (RuntimeException unreadable) {
            LOG.warning("The practice's crisis resources could not be read; showing Thaw's default text ("
                    + unreadable.getClass().getSimpleName() + ")");
            return fallback;
        }
    }
}
