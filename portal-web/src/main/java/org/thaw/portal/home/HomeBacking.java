package org.thaw.portal.home;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.thaw.patient.boundary.MyRecord;
import org.thaw.patient.boundary.PatientProfile;
import org.thaw.screener.boundary.DueScreener;
import org.thaw.screener.boundary.MyScreeners;
import org.thaw.security.boundary.RecordNotFoundException;

/** The portal home: greets the patient by name and says what is due (the intake, for a new patient). */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyRecord myRecord;

    @Inject
    MyScreeners screeners;

    private PatientProfile profile;
    private List<DueScreener> due = List.of();
    private boolean intake;

    @PostConstruct
    void load() {
        try {
            profile = myRecord.me();
            due = screeners.due();
            intake = screeners.inIntake();
        } catch (RecordNotFoundException noRecord) {
            profile = null;
        }
    }

    /** What the patient should answer now (intake first for a new patient). */
    public List<DueScreener> getDue() {
        return due;
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
}
