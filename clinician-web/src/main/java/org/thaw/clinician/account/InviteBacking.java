package org.thaw.clinician.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.thaw.account.boundary.AccountsUnavailableException;
import org.thaw.account.boundary.Invitations;
import org.thaw.account.boundary.Invited;
import org.thaw.account.boundary.PatientInvite;
import org.thaw.integration.view.Refusals;
import org.thaw.integration.view.Texts;
import org.thaw.patient.boundary.CareTeams;
import org.thaw.patient.boundary.ClinicianChoice;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.boundary.PracticeTime;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/**
 * The "Invite a patient" page: the same {@link Invitations#invitePatient} the REST API calls, one
 * call per invitation. A clinician becomes the primary clinician and lands on the new patient's
 * chart; the practice admin picks the primary clinician and, seeing no charts, gets a confirmation
 * naming the patient and the invitation's status. A refusal is shown beside its field and nothing
 * is created; with Keycloak away the page says that accounts cannot be created right now.
 */
@Named
@ViewScoped
public class InviteBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> FIELDS =
            List.of("firstName", "lastName", "email", "language", "timeZone", "intake", "primaryClinician");

    @Inject
    Invitations invitations;

    @Inject
    CareTeams careTeams;

    @Inject
    Caller caller;

    @Inject
    PracticeTime practiceTime;

    private boolean admin;
    private List<String> instruments = List.of();
    private List<ClinicianChoice> clinicians = List.of();
    private ZoneId zone;

    private String firstName;
    private String lastName;
    private String email;
    private String language;
    private String timeZone;
    private List<String> intake = new ArrayList<>();
    private String primaryClinician;

    @PostConstruct
    void load() {
        admin = caller.has(Role.ADMIN);
        instruments = invitations.intakeInstruments();
        if (admin) {
            clinicians = careTeams.clinicians();
        }
        zone = practiceTime.zone();
    }

    /** Invites the patient: to their chart for a clinician, a confirmation on this page for the admin. */
    public String invite() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String name = (firstName == null ? "" : firstName.trim()) + " " + (lastName == null ? "" : lastName.trim());
        try {
            Invited invited = invitations.invitePatient(new PatientInvite(
                    firstName, lastName, email, language, timeZone, intake, admin ? primaryClinician : null));
            String sent = Texts.get(
                    "invite.sent",
                    name.trim(),
                    AccountTexts.status(invited.invitation().status()),
                    AccountTexts.when(invited.invitation().expiresAt(), zone));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, sent, null));
            if (!admin) {
                faces.getExternalContext().getFlash().setKeepMessages(true);
                return "/chart.xhtml?faces-redirect=true&patient=" + invited.id();
            }
            clear();
        } catch (InvalidInputException refused) {
            Refusals.show(
                    refused,
                    field -> FIELDS.contains(field) ? "invite:" + field : null,
                    InviteBacking::label,
                    ". " + Texts.get("invite.nothingCreated"));
        } catch (AccountsUnavailableException down) {
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("invite.unavailable"), null));
            faces.validationFailed();
        }
        return null;
    }

    /** "E-mail:" for email; "Invitation:" for a field the page has no input for. */
    static String label(String field) {
        return Texts.get(FIELDS.contains(field) ? "invite.field." + field : "invite.field.other") + ":";
    }

    private void clear() {
        firstName = null;
        lastName = null;
        email = null;
        language = null;
        timeZone = null;
        intake = new ArrayList<>();
        primaryClinician = null;
    }

    public boolean isAdmin() {
        return admin;
    }

    public List<String> getInstruments() {
        return instruments;
    }

    public List<ClinicianChoice> getClinicians() {
        return clinicians;
    }

    /** The practice's time zone, which a patient gets when the field is left empty. */
    public String getPracticeZone() {
        return zone.getId();
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<String> getIntake() {
        return intake;
    }

    public void setIntake(List<String> intake) {
        this.intake = intake == null ? new ArrayList<>() : new ArrayList<>(intake);
    }

    public String getPrimaryClinician() {
        return primaryClinician;
    }

    public void setPrimaryClinician(String primaryClinician) {
        this.primaryClinician = primaryClinician;
    }
}
