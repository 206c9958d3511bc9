package org.thaw.clinician.plan;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.thaw.integration.view.PlanDiff;
import org.thaw.integration.view.Texts;
import org.thaw.patient.boundary.PatientProfile;
import org.thaw.patient.boundary.PatientRecords;
import org.thaw.plan.boundary.PatientPlan;
import org.thaw.plan.boundary.RevisionComparison;
import org.thaw.plan.boundary.RevisionSummary;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;
import org.thaw.practice.boundary.PracticeTime;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * A plan's revision history: every save with who, when and what changed (newest first, a page at a
 * time), and any two revisions side by side ({@link PlanDiff}), the newest two to begin with.
 */
@Named
@ViewScoped
public class PlanHistory implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 50;

    @Inject
    PatientPlan plans;

    @Inject
    PatientRecords records;

    @Inject
    PracticeTime practiceTime;

    private String patient;
    private UUID patientId;
    private PatientProfile profile;
    private ZoneId zone;
    private int page;
    private int newest;
    private Page<RevisionSummary> revisions;

    private Integer older;
    private Integer newer;
    private RevisionComparison comparison;
    private List<PlanDiff.Line> lines = List.of();

    public void load() throws IOException {
        patientId = PlanPages.patientId(patient);
        if (patientId == null) {
            return;
        }
        try {
            profile = records.profile(patientId);
            zone = practiceTime.zone(profile.timeZone());
            revisions = plans.revisions(patientId, new PageRequest(0, PAGE_SIZE));
            List<RevisionSummary> items = revisions.items();
            newest = items.isEmpty() ? 0 : items.get(0).number();
            if (items.size() >= 2) {
                newer = items.get(0).number();
                older = items.get(1).number();
                compare();
            } else if (items.size() == 1) {
                newer = items.get(0).number();
                older = newer;
            }
        } catch (RecordNotFoundException notFound) {
            PlanPages.notFound();
        }
    }

    /** Puts the two chosen revisions side by side. */
    public void compare() {
        if (older == null || newer == null) {
            return;
        }
        try {
            comparison = plans.compare(patientId, older, newer);
            lines = PlanDiff.lines(comparison.older().plan(), comparison.newer().plan());
        } catch (RecordNotFoundException gone) {
            comparison = null;
            lines = List.of();
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null, new FacesMessage(FacesMessage.SEVERITY_WARN, Texts.get("planHistory.noSuch"), null));
        }
    }

    public void olderPage() {
        turn(page + 1);
    }

    public void newerPage() {
        turn(page - 1);
    }

    private void turn(int to) {
        page = Math.max(0, to);
        revisions = plans.revisions(patientId, new PageRequest(page, PAGE_SIZE));
    }

    public String time(Instant at) {
        return PlanPages.time(at, zone);
    }

    public String getPatientName() {
        return profile == null ? "" : profile.displayName();
    }

    public UUID getPatientId() {
        return patientId;
    }

    public List<RevisionSummary> getRevisions() {
        return revisions == null ? List.of() : revisions.items();
    }

    /** Every revision number, newest first, to choose two from. */
    public List<Integer> getNumbers() {
        return IntStream.iterate(newest, n -> n >= 1, n -> n - 1).boxed().toList();
    }

    public boolean isHasOlder() {
        return revisions != null && revisions.hasNext();
    }

    public boolean isHasNewer() {
        return page > 0;
    }

    public RevisionComparison getComparison() {
        return comparison;
    }

    public List<PlanDiff.Line> getLines() {
        return lines;
    }

    public long getDifferences() {
        return lines.stream().filter(PlanDiff.Line::differs).count();
    }

    public String getPatient() {
        return patient;
    }

    public void setPatient(String patient) {
        this.patient = patient;
    }

    public Integer getOlder() {
        return older;
    }

    public void setOlder(Integer older) {
        this.older = older;
    }

    public Integer getNewer() {
        return newer;
    }

    public void setNewer(Integer newer) {
        this.newer = newer;
    }
}
