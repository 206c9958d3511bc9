package org.thaw.clinician.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import org.thaw.account.boundary.AccountsUnavailableException;
import org.thaw.account.boundary.InvitationStatus;
import org.thaw.account.boundary.InvitationView;
import org.thaw.account.boundary.Invitations;
import org.thaw.integration.view.Texts;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.boundary.PracticeTime;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * The chart's account section ({@code WEB-INF/includes/chart-account.xhtml}): the patient's
 * invitation (status, expiry) and whether their account may sign in, with "Send again", "Cancel the
 * invitation", "Disable the account" (after a confirmation) and "Enable the account", each one call
 * to {@link Invitations}, the boundary the REST API uses, and each with a message saying what
 * happened. It loads itself on its first render from the chart's patient, so the chart's own bean
 * does not know it.
 */
@Named
@ViewScoped
public class AccountPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Invitations invitations;

    @Inject
    PracticeTime practiceTime;

    private UUID patientId;
    private ZoneId zone;
    private InvitationView invitation;
    private Boolean enabled;
    private boolean confirmingDisable;

    /** Loads the section for the chart's patient, once per view (an action reloads it). */
    public void load(UUID patient) {
        if (patient == null || patient.equals(patientId)) {
            return;
        }
        patientId = patient;
        zone = practiceTime.zone();
        refresh();
    }

    private void refresh() {
        invitation = invitations.ofPatient(patientId).orElse(null);
        enabled = invitation != null
                ? invitation.accountEnabled()
                : invitations.accountEnabled(patientId).orElse(null);
    }

    public void resend() {
        act("account.resent", () -> invitations.resend(patientId));
    }

    public void cancel() {
        act("account.cancelled", () -> invitations.cancel(patientId));
    }

    /** The first step of disabling: asks to confirm. */
    public void askDisable() {
        confirmingDisable = true;
    }

    public void keepEnabled() {
        confirmingDisable = false;
    }

    public void disable() {
        confirmingDisable = false;
        act("account.disabled", () -> invitations.disableAccount(patientId));
    }

    public void enable() {
        act("account.enabled", () -> invitations.enableAccount(patientId));
    }

    private void act(String done, Runnable action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(done), null));
        } catch (AccountsUnavailableException down) {
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("account.unavailable"), null));
        } catch (InvalidInputException refused) {
            // an invitation accepted meanwhile (by the patient, or a colleague's action)
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Texts.get("account.changed"), null));
        } catch (RecordNotFoundException gone) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Texts.get("account.none"), null));
        }
        refresh();
    }

    public boolean isInvited() {
        return invitation != null;
    }

    public String getStatus() {
        return invitation == null ? "" : AccountTexts.status(invitation.status());
    }

    /** SENT, ACCEPTED, EXPIRED or CANCELLED, for the page's styles and tests. */
    public String getStatusCode() {
        return invitation == null ? "" : invitation.status().name();
    }

    public String getSentAt() {
        return invitation == null ? "" : AccountTexts.when(invitation.sentAt(), zone);
    }

    public String getExpiresAt() {
        return invitation == null ? "" : AccountTexts.when(invitation.expiresAt(), zone);
    }

    /** "May sign in", "Disabled: cannot sign in", or that Keycloak could not be asked. */
    public String getAccountState() {
        if (enabled == null) {
            return Texts.get(invitation == null ? "account.state.none" : "account.state.unknown");
        }
        return Texts.get(enabled ? "account.state.enabled" : "account.state.disabled");
    }

    /** ENABLED, DISABLED or UNKNOWN, for the page's styles and tests. */
    public String getAccountCode() {
        return enabled == null ? "UNKNOWN" : enabled ? "ENABLED" : "DISABLED";
    }

    /** An invitation not accepted yet is sent again (a cancelled one too: that opens it again). */
    public boolean isCanResend() {
        return invitation != null && invitation.status() != InvitationStatus.ACCEPTED;
    }

    /** An invitation not yet used: sent, or expired unused. */
    public boolean isCanCancel() {
        return invitation != null
                && (invitation.status() == InvitationStatus.SENT || invitation.status() == InvitationStatus.EXPIRED);
    }

    /** An account in use (accepted, or made before invitations) that may sign in now. */
    public boolean isCanDisable() {
        return Objects.equals(enabled, Boolean.TRUE)
                && (invitation == null || invitation.status() == InvitationStatus.ACCEPTED);
    }

    /** A disabled account in use; a cancelled invitation opens again by being sent again. */
    public boolean isCanEnable() {
        return Objects.equals(enabled, Boolean.FALSE)
                && (invitation == null || invitation.status() == InvitationStatus.ACCEPTED);
    }

    public boolean isConfirmingDisable() {
        return confirmingDisable;
    }
}
