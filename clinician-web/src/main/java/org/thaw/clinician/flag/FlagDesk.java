package org.thaw.clinician.flag;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.thaw.flag.boundary.FlagView;
import org.thaw.flag.boundary.Flags;
import org.thaw.integration.view.Refusals;
import org.thaw.integration.view.Texts;
import org.thaw.platform.InvalidInputException;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * Working a flag from a page (the dashboard, the chart): acknowledge, and resolve through the
 * resolve dialog ({@code WEB-INF/includes/resolve-flag.xhtml}) with a required note. Each page
 * holds one in its view state.
 */
@Dependent
public class FlagDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Flags flags;

    private String resolvingFlagId;
    private String resolvingLabel;
    private String note;

    public void acknowledge(String flagId) {
        try {
            FlagView flag = flags.acknowledge(UUID.fromString(flagId));
            message(FacesMessage.SEVERITY_INFO, Texts.get("flag.acknowledged", flag.label()));
        } catch (RecordNotFoundException | IllegalArgumentException gone) {
            message(FacesMessage.SEVERITY_WARN, Texts.get("flag.gone"));
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
            message(FacesMessage.SEVERITY_INFO, Texts.get("flag.resolved", flag.label()));
            PrimeFaces.current().executeScript("PF('resolveDialog').hide()");
        } catch (InvalidInputException refused) {
            if ("note".equals(refused.field())) {
                Refusals.show(refused, field -> "resolve:note", field -> Texts.get("flag.note"));
            } else {
                message(FacesMessage.SEVERITY_WARN, Texts.get("flag.notOpen"));
                PrimeFaces.current().executeScript("PF('resolveDialog').hide()");
            }
        } catch (RecordNotFoundException | IllegalArgumentException gone) {
            message(FacesMessage.SEVERITY_WARN, Texts.get("flag.notOpen"));
            PrimeFaces.current().executeScript("PF('resolveDialog').hide()");
        }
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
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
