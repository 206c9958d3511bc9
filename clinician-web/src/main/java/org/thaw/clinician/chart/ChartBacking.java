package org.thaw.clinician.chart;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.thaw.flag.boundary.FlagView;
import org.thaw.flag.boundary.Flags;
import org.thaw.integration.view.TrendChart;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.journal.boundary.PatientJournal;
import org.thaw.patient.boundary.PatientProfile;
import org.thaw.patient.boundary.PatientRecords;
import org.thaw.security.boundary.InvalidInputException;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * A patient's chart: the journal of the last 30 days (chart and day list with hopeless days and
 * daily-life impact marked), the flags with their evidence, and the patient's notes by date.
 */
@Named
@ViewScoped
public class ChartBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DAYS = 30;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    PatientRecords records;

    @Inject
    PatientJournal journal;

    @Inject
    Flags flags;

    private String patient;
    private UUID patientId;
    private PatientProfile profile;
    private List<JournalDay> days = List.of();
    private List<FlagView> flagList = List.of();
    private String chart;
    private String resolvingFlagId;
    private String resolvingLabel;
    private String note;

    /** Loads the chart named by the {@code patient} view parameter; any other patient is "not found". */
    public void load() throws IOException {
        try {
            patientId = UUID.fromString(patient == null ? "" : patient);
            profile = records.profile(patientId);
            refresh();
        } catch (IllegalArgumentException | RecordNotFoundException notFound) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such patient");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void refresh() {
        LocalDate today = LocalDate.now(zone());
        days = journal.between(patientId, today.minusDays(DAYS - 1L), today);
        flagList = flags.ofPatient(patientId);
        chart = TrendChart.config(days, today.minusDays(DAYS - 1L), today);
    }

    public void acknowledge(String flagId) {
        try {
            FlagView flag = flags.acknowledge(UUID.fromString(flagId));
            message(FacesMessage.SEVERITY_INFO, flag.label() + " acknowledged.");
        } catch (RecordNotFoundException | IllegalArgumentException gone) {
            message(FacesMessage.SEVERITY_WARN, "That flag is no longer available.");
        }
        refresh();
    }

    public void startResolving(String flagId, String label) {
        resolvingFlagId = flagId;
        resolvingLabel = label;
        note = null;
    }

    public void resolve() {
        try {
            FlagView flag = flags.resolve(UUID.fromString(resolvingFlagId), note);
            message(FacesMessage.SEVERITY_INFO, flag.label() + " resolved.");
            org.primefaces.PrimeFaces.current().executeScript("PF('resolveDialog').hide()");
            refresh();
        } catch (ConstraintViolationException invalid) {
            invalid.getConstraintViolations().forEach(v -> FacesContext.getCurrentInstance().addMessage("resolve:note",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "Note " + v.getMessage(), null)));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (InvalidInputException | RecordNotFoundException | IllegalArgumentException gone) {
            message(FacesMessage.SEVERITY_WARN, "That flag is no longer open.");
            org.primefaces.PrimeFaces.current().executeScript("PF('resolveDialog').hide()");
            refresh();
        }
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private ZoneId zone() {
        try {
            return profile == null ? ZoneOffset.UTC : ZoneId.of(profile.timeZone());
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String time(java.time.Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone()));
    }

    public String impact(JournalDay day) {
        if (day.functioningImpact() == null) {
            return "";
        }
        return switch (day.functioningImpact()) {
            case NOT_AT_ALL -> "Not at all";
            case SOMEWHAT -> "Somewhat";
            case VERY -> "Very much";
            case EXTREMELY -> "Extremely";
        };
    }

    public List<JournalDay> getNotes() {
        return days.stream().filter(d -> d.note() != null && !d.note().isBlank()).toList();
    }

    public String getPatient() {
        return patient;
    }

    public void setPatient(String patient) {
        this.patient = patient;
    }

    public PatientProfile getProfile() {
        return profile;
    }

    public List<JournalDay> getDays() {
        return days;
    }

    public List<FlagView> getFlags() {
        return flagList;
    }

    public String getChart() {
        return chart;
    }

    public boolean isAnyEntries() {
        return !days.isEmpty();
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
