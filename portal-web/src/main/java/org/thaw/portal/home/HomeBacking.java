package org.thaw.portal.home;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.thaw.patient.boundary.MyRecord;
import org.thaw.patient.boundary.PatientProfile;
import org.thaw.security.boundary.RecordNotFoundException;

/** The portal home: greets the patient by name. */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyRecord myRecord;

    private PatientProfile profile;

    @PostConstruct
    void load() {
        try {
            profile = myRecord.me();
        } catch (RecordNotFoundException noRecord) {
            profile = null;
        }
    }

    /** False when the account has no patient record yet (the page says whom to contact). */
    public boolean isHasRecord() {
        return profile != null;
    }

    public String getFirstName() {
        return profile == null ? "" : profile.firstName();
    }
}
