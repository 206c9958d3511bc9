package org.thaw.clinician.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.thaw.account.boundary.AccountsUnavailableException;
import org.thaw.account.boundary.ClinicianInvite;
import org.thaw.account.boundary.ClinicianView;
import org.thaw.account.boundary.InvitationView;
import org.thaw.account.boundary.Invitations;
import org.thaw.account.boundary.Invited;
import org.thaw.integration.view.Refusals;
import org.thaw.integration.view.Texts;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.boundary.PracticeTime;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/**
 * The admin's "Clinicians" page: the practice's clinicians with the invitation of those Thaw
 * invited, and "Add a clinician" through {@link Invitations#inviteClinician}, the call the REST API
 * makes (their account must confirm the address, choose a password and set up a one-time-code app
 * at first sign-in). Anyone but the admin gets 403.
 */
@Named
@ViewScoped
public class CliniciansBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> FIELDS = List.of("firstName", "lastName", "email", "language");

    @Inject
    Invitations invitations;

    @Inject
    Caller caller;

    @Inject
    PracticeTime practiceTime;

    private List<ClinicianView> clinicians = List.of();
    private ZoneId zone;

    private String firstName;
    private String lastName;
    private String email;
    private String language;

    @PostConstruct
    void load() {
        if (!caller.has(Role.ADMIN)) {
            return;
        }
        zone = practiceTime.zone();
        clinicians = invitations.clinicians();
    }

    /** Answers 403 to anyone but the admin. */
    public void guard() throws IOException {
        if (!caller.has(Role.ADMIN)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, "Clinicians are for the practice admin");
            faces.responseComplete();
        }
    }

    /** Adds the clinician; a refusal is shown beside its field and nothing is created. */
    public void add() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Invited invited = invitations.inviteClinician(new ClinicianInvite(firstName, lastName, email, language));
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            Texts.get(
                                    "clinicians.added",
                                    (firstName.trim() + " " + lastName.trim()),
                                    AccountTexts.when(invited.invitation().expiresAt(), zone)),
                            null));
            firstName = null;
            lastName = null;
            email = null;
            language = null;
            clinicians = invitations.clinicians();
        } catch (InvalidInputException refused) {
            Refusals.show(
                    refused,
                    field -> FIELDS.contains(field) ? "clinicians:" + field : null,
                    CliniciansBacking::label,
                    ". " + Texts.get("clinicians.nothingCreated"));
        } catch (AccountsUnavailableException down) {
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("clinicians.unavailable"), null));
            faces.validationFailed();
        }
    }

    static String label(String field) {
        return Texts.get(FIELDS.contains(field) ? "invite.field." + field : "invite.field.other") + ":";
    }

    /** "Sent, link works until ..." or "Accepted"; "Account made in Keycloak" for one Thaw did not invite. */
    public String invitation(ClinicianView clinician) {
        InvitationView i = clinician.invitation();
        if (i == null) {
            return Texts.get("clinicians.notInvited");
        }
        return switch (i.status()) {
            case SENT -> Texts.get("clinicians.sentUntil", AccountTexts.when(i.expiresAt(), zone));
            default -> AccountTexts.status(i.status());
        };
    }

    public List<ClinicianView> getClinicians() {
        return clinicians;
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
}
