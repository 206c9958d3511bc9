package org.thaw.clinician.home;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.Locale;
import org.thaw.clinician.caseload.CaseloadModel;
import org.thaw.patient.boundary.Caseload;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/** The clinician home: the dashboard of the caller's care-team patients. */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Inject
    Caseload caseload;

    @Inject
    Caller caller;

    private CaseloadModel patients;
    private boolean clinician;

    @PostConstruct
    void load() {
        clinician = caller.has(Role.CLINICIAN);
        if (clinician) {
            patients = new CaseloadModel(caseload);
        }
    }

    public CaseloadModel getPatients() {
        return patients;
    }

    /** An admin without a clinical role has no caseload; the page says so. */
    public boolean isClinician() {
        return clinician;
    }

    public String date(LocalDate date) {
        return date == null ? "No entries yet" : DATE.format(date);
    }

    public String mean(Double mean) {
        return mean == null ? "–" : String.format(Locale.ENGLISH, "%.1f", mean);
    }
}
