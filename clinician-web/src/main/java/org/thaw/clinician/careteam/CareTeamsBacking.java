package org.thaw.clinician.careteam;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.thaw.integration.view.Refusals;
import org.thaw.integration.view.Texts;
import org.thaw.integration.view.Times;
import org.thaw.patient.boundary.CareTeamRole;
import org.thaw.patient.boundary.CareTeamView;
import org.thaw.patient.boundary.CareTeams;
import org.thaw.patient.boundary.ClinicianChoice;
import org.thaw.patient.boundary.MemberInput;
import org.thaw.patient.boundary.TeamMember;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.boundary.PracticeTime;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/**
 * The admin's "Care teams" page: every patient with their team; "Change" opens one patient's team
 * as rows of a clinician and a role (pick lists), with its history below; "Save team" replaces the
 * active team in one call. Names and assignments only: nothing here opens a chart.
 */
@Named
@ViewScoped
public class CareTeamsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern MEMBER_FIELD = Pattern.compile("members\\[(\\d+)]\\.(\\w+)");

    /** One member row of the editor. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String clinician;
        private CareTeamRole role = CareTeamRole.COVERING;

        Row() {}

        Row(String clinician, CareTeamRole role) {
            this.clinician = clinician;
            this.role = role;
        }

        public String getClinician() {
            return clinician;
        }

        public void setClinician(String clinician) {
            this.clinician = clinician;
        }

        public CareTeamRole getRole() {
            return role;
        }

        public void setRole(CareTeamRole role) {
            this.role = role;
        }
    }

    @Inject
    CareTeams careTeams;

    @Inject
    Caller caller;

    @Inject
    PracticeTime practiceTime;

    private List<CareTeamView> teams = List.of();
    private List<ClinicianChoice> clinicians = List.of();
    private CareTeamView selected;
    private List<Row> rows = new ArrayList<>();
    private ZoneId zone;

    @PostConstruct
    void load() {
        if (!caller.has(Role.ADMIN)) {
            return;
        }
        zone = practiceTime.zone();
        teams = careTeams.all();
        clinicians = careTeams.clinicians();
    }

    /** Answers 403 to anyone but the admin (a clinician's care teams are on their dashboard). */
    public void guard() throws IOException {
        if (!caller.has(Role.ADMIN)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, "Care teams are for the practice admin");
            faces.responseComplete();
        }
    }

    /** Opens one patient's team in the editor. */
    public void edit(UUID patientId) {
        try {
            selected = careTeams.ofPatient(patientId);
        } catch (RecordNotFoundException gone) {
            selected = null;
            message(FacesMessage.SEVERITY_WARN, Texts.get("careteam.gone"));
            return;
        }
        rows = selected.active().stream()
                .map(m -> new Row(m.clinician(), m.role()))
                .collect(Collectors.toCollection(ArrayList::new));
        if (rows.isEmpty()) {
            rows.add(new Row(null, CareTeamRole.PRIMARY));
        }
    }

    public void addRow() {
        rows.add(new Row());
    }

    public void removeRow(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public void close() {
        selected = null;
        rows = new ArrayList<>();
    }

    /** Replaces the team with the rows; a refusal names the row and field, and nothing is saved. */
    public void save() {
        if (selected == null) {
            return;
        }
        List<MemberInput> members = rows.stream()
                .map(r -> new MemberInput(
                        r.getClinician(),
                        r.getRole() == null ? null : r.getRole().name()))
                .toList();
        try {
            selected = careTeams.replace(selected.patientId(), members);
            teams = careTeams.all();
            message(FacesMessage.SEVERITY_INFO, Texts.get("careteam.saved", selected.patientName()));
        } catch (InvalidInputException refused) {
            Refusals.show(refused, field -> null, CareTeamsBacking::label, ". " + Texts.get("careteam.nothingSaved"));
        } catch (RecordNotFoundException gone) {
            message(FacesMessage.SEVERITY_WARN, Texts.get("careteam.gone"));
        }
    }

    /** "Member 2, clinician:" for members[1].clinician; "Team:" for members. */
    static String label(String field) {
        Matcher m = MEMBER_FIELD.matcher(field);
        if (m.matches()) {
            int number = Integer.parseInt(m.group(1)) + 1;
            return Texts.get("role".equals(m.group(2)) ? "careteam.memberRole" : "careteam.memberClinician", number);
        }
        return Texts.get("careteam.team");
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /** "Sam Rivera (primary), Ada Okafor (covering)", or "No care team". */
    public String described(List<TeamMember> members) {
        if (members.isEmpty()) {
            return Texts.get("careteam.none");
        }
        return members.stream()
                .map(m -> Texts.get("careteam.member." + m.role().name(), m.name()))
                .collect(Collectors.joining(", "));
    }

    public String roleLabel(CareTeamRole role) {
        return Texts.get("careteam.role." + role.name());
    }

    public String day(Instant at) {
        return at == null
                ? Texts.get("careteam.now")
                : Times.day(at.atZone(zone).toLocalDate());
    }

    public CareTeamRole[] getRoles() {
        return CareTeamRole.values();
    }

    public List<CareTeamView> getTeams() {
        return teams;
    }

    public List<ClinicianChoice> getClinicians() {
        return clinicians;
    }

    public CareTeamView getSelected() {
        return selected;
    }

    public List<Row> getRows() {
        return rows;
    }
}
