package org.thaw.practice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import org.thaw.practice.control.PracticeSettings;

/**
 * The practice's crisis resources: what anyone may read at any time, signed in or not (no health
 * data, so no caller check and no audit). Never empty: without a practice text, Thaw's default
 * names the emergency number and a crisis line.
 */
@Named
@ApplicationScoped
@Transactional
public class CrisisResources {

    /** What every page beside the crisis resources says, so no one waits on a reply in a crisis. */
    public static final String NOT_WATCHED = "Messages and answers in Thaw are not watched in real time. If you need"
            + " help now, do not wait for a reply from your care team.";

    @Inject
    PracticeSettings settings;

    public String notWatched() {
        return NOT_WATCHED;
    }

    public String text() {
        return settings.text(SettingDefinition.CRISIS_RESOURCES, SettingDefinition.DEFAULT_CRISIS_RESOURCES);
    }
}
