package org.thaw.clinician.home;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.thaw.clinician.caseload.CaseloadModel;
import org.thaw.flag.boundary.FlagView;
import org.thaw.flag.boundary.Flags;
import org.thaw.flag.entity.FlagStatus;
import org.thaw.flag.entity.FlagType;
import org.thaw.patient.boundary.Caseload;
import org.thaw.patient.boundary.CaseloadFilter;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.InvalidInputException;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/** The clinician home: the triage dashboard of the caller's care-team patients and their flags. */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Inject
    Caseload caseload;

    @Inject
    Flags flags;

    @Inject
    Caller caller;

    private CaseloadModel patients;
    private boolean clinician;
    private FlagType flagType;
    private FlagStatus status;
    private String resolvingFlagId;
    private String resolvingLabel;
    private String note;

    @PostConstruct
    void load() {
        clinician = caller.has(Role.CLINICIAN);
        if (clinician) {
            filter();
        }
    }

    /** Applies the flag type and status filters. */
    public void filter() {
        patients = new CaseloadModel(caseload, new CaseloadFilter(flagType, status));
    }

    public void acknowledge(String flagId) {
        try {
            FlagView flag = flags.acknowledge(UUID.fromString(flagId));
            info(flag.label() + " acknowledged.");
        } catch (RecordNotFoundException | IllegalArgumentException gone) {
            error("That flag is no longer available.");
        }
    }

    /** Opens the resolve dialog for a flag. */
    public void startResolving(String flagId, String label) {
        resolvingFlagId = flagId;
        resolvingLabel = label;
        note = null;
    }

    /** Resolves the chosen flag with the note; a missing note keeps the dialog open with a message. */
    public void resolve() {
        try {
            FlagView flag = flags.resolve(UUID.fromString(resolvingFlagId), note);
            info(flag.label() + " resolved.");
            PrimeFaces.current().executeScript("PF('resolveDialog').hide()");
        } catch (ConstraintViolationException invalid) {
            invalid.getConstraintViolations().forEach(v -> FacesContext.getCurrentInstance().addMessage("resolve:note",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "Note " + v.getMessage(), null)));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (InvalidInputException | RecordNotFoundException | IllegalArgumentException gone) {
            error("That flag is no longer open.");
            PrimeFaces.current().executeScript("PF('resolveDialog').hide()");
        }
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, message, null));
    }

    public String label(String type) {
        return FlagType.valueOf(type).label();
    }

    public String date(LocalDate date) {
        return date == null ? "No entries yet" : DATE.format(date);
    }

    public String mean(Double mean) {
        return mean == null ? "–" : String.format(Locale.ENGLISH, "%.1f", mean);
    }

    /** ↑ numbness rose, ↓ fell, → about the same, against the 7 days before. */
    public String arrow(String trend) {
        if (trend == null) {
            return "";
        }
        return switch (trend) {
            case "UP" -> "↑";
            case "DOWN" -> "↓";
            default -> "→";
        };
    }

    public List<FlagType> getFlagTypes() {
        return Arrays.asList(FlagType.values());
    }

    public List<FlagStatus> getStatuses() {
        return Arrays.asList(FlagStatus.values());
    }

    public CaseloadModel getPatients() {
        return patients;
    }

    /** An admin without a clinical role has no caseload; the page says so. */
    public boolean isClinician() {
        return clinician;
    }

    public FlagType getFlagType() {
        return flagType;
    }

    public void setFlagType(FlagType flagType) {
        this.flagType = flagType;
    }

    public FlagStatus getStatus() {
        return status;
    }

    public void setStatus(FlagStatus status) {
        this.status = status;
    }

    public String getResolvingLabel() {
        return resolvingLabel;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
