package org.thaw.portal.home;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.thaw.integration.view.Streaks;
import org.thaw.integration.view.Texts;
import org.thaw.journal.boundary.JournalOverview;
import org.thaw.journal.boundary.MyJournal;
import org.thaw.patient.boundary.MyRecord;
import org.thaw.patient.boundary.PatientProfile;
import org.thaw.screener.boundary.DueScreener;
import org.thaw.screener.boundary.MyScreeners;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * The portal home: what a patient comes for, at a glance. One greeting; the intake first for a new
 * patient; today's check-in (done or not yet), what is due, unread messages and the streak.
 */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyRecord myRecord;

    @Inject
    MyScreeners screeners;

    @Inject
    MyJournal journal;

    private PatientProfile profile;
    private List<DueScreener> due = List.of();
    private boolean intake;
    private boolean checkedInToday;
    private int streak;

    @PostConstruct
    void load() {
        try {
            profile = myRecord.me();
            due = screeners.due();
            intake = screeners.inIntake();
            JournalOverview overview = journal.overview();
            checkedInToday = overview.days().stream().anyMatch(d -> d.date().equals(overview.today()));
            streak = overview.streak();
        } catch (RecordNotFoundException noRecord) {
            profile = null;
        }
    }

    /** What the patient should answer now (intake first for a new patient). */
    public List<DueScreener> getDue() {
        return due;
    }

    /** A due questionnaire's title, in the page's language where it has a version in it. */
    public String title(DueScreener d) {
        return screeners
                .instrument(d.instrument(), Texts.locale().getLanguage())
                .title();
    }

    /** A new patient who has answered nothing yet: the home page leads with the intake. */
    public boolean isIntake() {
        return intake;
    }

    /** False when the account has no patient record yet (the page says whom to contact). */
    public boolean isHasRecord() {
        return profile != null;
    }

    public String getFirstName() {
        return profile == null ? "" : profile.firstName();
    }

    /** Whether today's check-in is in (in the patient's own time zone). */
    public boolean isCheckedInToday() {
        return checkedInToday;
    }

    /** The streak in words, as the journal page says it. */
    public String getStreak() {
        return Streaks.words(streak, checkedInToday);
    }
}
