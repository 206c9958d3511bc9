package org.thaw.clinician.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.thaw.audit.boundary.AuditEntry;
import org.thaw.audit.boundary.AuditQuery;
import org.thaw.audit.boundary.AuditTrail;
import org.thaw.integration.view.Refusals;
import org.thaw.integration.view.Texts;
import org.thaw.patient.boundary.CareTeams;
import org.thaw.patient.boundary.PatientChoice;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;
import org.thaw.practice.boundary.PracticeTime;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/**
 * The admin's "Audit log" page: filters (patient by name, user, from and to), a paged table,
 * newest first, and "Download CSV" of everything the filters match. Each search and each download
 * is itself an audit event.
 */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SIZE = 25;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH);

    @Inject
    AuditTrail trail;

    @Inject
    CareTeams careTeams;

    @Inject
    Caller caller;

    @Inject
    PracticeTime practiceTime;

    private List<PatientChoice> patients = List.of();
    private String patient;
    private String user;
    private LocalDate from;
    private LocalDate to;
    private int page;
    private Page<AuditEntry> results = new Page<>(List.of(), 0, SIZE, 0);
    private ZoneId zone;

    @PostConstruct
    void load() {
        if (!caller.has(Role.ADMIN)) {
            return;
        }
        zone = practiceTime.zone();
        patients = careTeams.patients();
        search();
    }

    /** Answers 403 to anyone but the admin. */
    public void guard() throws IOException {
        if (!caller.has(Role.ADMIN)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, "The audit log is for the practice admin");
            faces.responseComplete();
        }
    }

    /** Runs the filters from the first page. */
    public void filter() {
        page = 0;
        search();
    }

    public void next() {
        if (results.hasNext()) {
            page++;
            search();
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            search();
        }
    }

    private void search() {
        try {
            results = trail.search(query(), new PageRequest(page, SIZE));
        } catch (InvalidInputException refused) {
            Refusals.show(refused, field -> fieldId(field), AuditLogBacking::label, ".");
        }
    }

    /** Everything the filters match, as a CSV file. */
    public StreamedContent getCsv() {
        return DefaultStreamedContent.builder().name(AuditCsv.FILE_NAME).contentType("text/csv; charset=UTF-8").stream(
                        () -> new ByteArrayInputStream(
                                AuditCsv.of(trail.export(query())).getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    private AuditQuery query() {
        UUID patientId = null;
        if (patient != null && !patient.isBlank()) {
            try {
                patientId = UUID.fromString(patient);
            } catch (IllegalArgumentException notAnId) {
                throw new InvalidInputException("patient", Texts.get("audit.filter.patientUnknown"));
            }
        }
        return new AuditQuery(patientId, user, from, to);
    }

    private static String fieldId(String field) {
        return switch (field) {
            case "from", "to", "user", "patient" -> "audit:" + field;
            default -> null;
        };
    }

    private static String label(String field) {
        return Texts.get("audit.filter."
                        + (List.of("from", "to", "user", "patient").contains(field) ? field : "page")) + ":";
    }

    public String when(Instant at) {
        return WHEN.format(at.atZone(zone));
    }

    /** "Page 2 of 5 · 112 events". */
    public String pageLine() {
        return Texts.get("audit.page", results.page() + 1, results.lastPage() + 1, results.total());
    }

    public List<PatientChoice> getPatients() {
        return patients;
    }

    public Page<AuditEntry> getResults() {
        return results;
    }

    public String getPatient() {
        return patient;
    }

    public void setPatient(String patient) {
        this.patient = patient;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getZone() {
        return zone == null ? "" : zone.getId();
    }
}
