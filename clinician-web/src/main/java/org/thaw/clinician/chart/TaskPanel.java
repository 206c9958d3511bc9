package org.thaw.clinician.chart;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.thaw.flag.boundary.FlagView;
import org.thaw.integration.view.Texts;
import org.thaw.message.boundary.ChartTaskView;
import org.thaw.message.boundary.TeamMessages;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * The chart's tasks section: follow-ups made from messages ({@link TeamMessages#tasks}), open ones
 * first by due date, each with the flag it is linked to, and "Done".
 */
@Named
@ViewScoped
public class TaskPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamMessages messages;

    private UUID patientId;
    private List<ChartTaskView> tasks = List.of();
    private final Map<UUID, String> flagLabels = new HashMap<>();

    void load(UUID patientId, List<FlagView> flags) {
        this.patientId = patientId;
        flagLabels.clear();
        flags.forEach(f -> flagLabels.put(f.id(), f.label()));
        refresh();
    }

    private void refresh() {
        tasks = messages.tasks(patientId);
    }

    /** Marks a task done. */
    public void done(String taskId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            messages.completeTask(UUID.fromString(taskId));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get("chart.task.done"), null));
        } catch (RecordNotFoundException | IllegalArgumentException gone) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Texts.get("chart.task.gone"), null));
        }
        refresh();
    }

    /** The linked flag's name ("Persistent numbness"), or null without one. */
    public String flag(ChartTaskView task) {
        return task.flagId() == null ? null : flagLabels.getOrDefault(task.flagId(), "a flag");
    }

    /** Open and past its due date. */
    public boolean overdue(ChartTaskView task, LocalDate today) {
        return !task.done() && task.dueOn() != null && task.dueOn().isBefore(today);
    }

    public List<ChartTaskView> getTasks() {
        return tasks;
    }

    public long getOpenCount() {
        return tasks.stream().filter(t -> !t.done()).count();
    }
}
