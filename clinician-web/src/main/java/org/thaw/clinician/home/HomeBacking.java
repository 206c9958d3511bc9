package org.thaw.clinician.home;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.thaw.patient.boundary.Caseload;
import org.thaw.patient.boundary.CaseloadPatient;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/** The clinician home: the patients of the caller's care team. */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caseload caseload;

    @Inject
    Caller caller;

    private List<CaseloadPatient> patients = List.of();
    private boolean clinician;

    @PostConstruct
    void load() {
        clinician = caller.has(Role.CLINICIAN);
        if (clinician) {
            patients = caseload.patients();
        }
    }

    public List<CaseloadPatient> getPatients() {
        return patients;
    }

    /** An admin without a clinical role has no caseload; the page says so. */
    public boolean isClinician() {
        return clinician;
    }
}
