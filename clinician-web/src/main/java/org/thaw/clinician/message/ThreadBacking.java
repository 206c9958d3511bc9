package org.thaw.clinician.message;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.thaw.flag.boundary.FlagStatus;
import org.thaw.flag.boundary.FlagView;
import org.thaw.flag.boundary.Flags;
import org.thaw.integration.view.MessageDraft;
import org.thaw.integration.view.MessagePages;
import org.thaw.integration.view.Texts;
import org.thaw.integration.view.Times;
import org.thaw.message.boundary.AuthorRole;
import org.thaw.message.boundary.ChartTaskView;
import org.thaw.message.boundary.Drafts;
import org.thaw.message.boundary.MessageText;
import org.thaw.message.boundary.MessageView;
import org.thaw.message.boundary.Sent;
import org.thaw.message.boundary.TeamMessages;
import org.thaw.message.boundary.ThreadStatus;
import org.thaw.message.boundary.ThreadSummary;
import org.thaw.message.boundary.ThreadView;
import org.thaw.patient.boundary.CareTeams;
import org.thaw.patient.boundary.PatientRecords;
import org.thaw.patient.boundary.TeamMember;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.boundary.PracticeTime;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/**
 * A care-team thread ({@code thread.xhtml?id=...}): the messages with who wrote them (the
 * patient, a colleague, or Thaw's automatic reply), hidden ones marked with who hid them and why;
 * the reply box; marking the thread handled and handing it to a colleague; and per message
 * "Hide from patient" (a reason is required) and "Make task" (a follow-up on the chart, optionally
 * linked to one of the patient's open flags). A thread of a patient off the caller's care team is
 * "not found".
 *
 * <p>Handing over offers the patient's care team but the caller as a pick list ({@link
 * CareTeams#teamOf}); {@link TeamMessages#handTo} still refuses anyone off the team.
 */
@Named
@ViewScoped
public class ThreadBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    @Inject
    TeamMessages messages;

    @Inject
    Flags flags;

    @Inject
    Caller caller;

    @Inject
    PracticeTime practiceTime;

    @Inject
    PatientRecords records;

    @Inject
    Clock clock;

    @Inject
    CareTeams careTeams;

    private String id;
    private UUID threadId;
    private ThreadView view;
    private ZoneId zone;
    private ZoneId patientZone;
    private final MessageDraft draft = new MessageDraft();
    private String colleague;
    private List<TeamMember> colleagues = List.of();

    private String hidingId;
    private String hidingAuthor;
    private String hideReason;

    private String taskMessageId;
    private String taskTitle;
    private LocalDate taskDue;
    private String taskFlag;
    private List<FlagView> openFlags = List.of();

    /** Loads the thread named by the {@code id} view parameter, or answers 404 (403 without a clinical role). */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!caller.has(Role.CLINICIAN)) {
            faces.getExternalContext().responseSendError(403, "Messages are for the care team");
            faces.responseComplete();
            return;
        }
        try {
            threadId = UUID.fromString(id == null ? "" : id.strip());
            zone = practiceTime.zone();
            view = messages.thread(threadId);
            String me = caller.username();
            colleagues = careTeams.teamOf(view.summary().patientId()).stream()
                    .filter(m -> !m.clinician().equals(me))
                    .toList();
        } catch (IllegalArgumentException | RecordNotFoundException notFound) {
            faces.getExternalContext().responseSendError(404, "No such thread");
            faces.responseComplete();
        }
    }

    private void reload() {
        view = messages.thread(threadId);
    }

    /** Answers the patient; on success the box empties and the thread shows the answer. */
    public void reply() {
        act(
                () -> {
                    Sent sent = messages.reply(threadId, draft.text(), draft.getKey());
                    draft.sent();
                    reload();
                    MessagePages.info(Texts.get(sent.created() ? "cthread.sent" : "cthread.alreadySent"));
                },
                "reply:message-body");
    }

    public void markHandled() {
        act(
                () -> {
                    messages.handled(threadId);
                    reload();
                    MessagePages.info(Texts.get("cthread.handled"));
                },
                null);
    }

    /** Hands the thread to the colleague named; their name must be on the patient's care team. */
    public void handTo() {
        if (colleague == null || colleague.isBlank()) {
            MessagePages.error("thread:colleague", Texts.get("thread.handTo.required"));
            return;
        }
        act(
                () -> {
                    messages.handTo(threadId, colleague.strip());
                    reload();
                    MessagePages.info(Texts.get("thread.handTo.done", colleagueName(colleague.strip())));
                    colleague = null;
                },
                "thread:colleague");
    }

    /** Takes the thread back to the whole care team. */
    public void takeBack() {
        act(
                () -> {
                    messages.handTo(threadId, null);
                    reload();
                    MessagePages.info(Texts.get("cthread.takenBack"));
                },
                null);
    }

    /** Opens the hide dialog for a message. */
    public void startHiding(String messageId) {
        hidingId = messageId;
        hideReason = null;
        hidingAuthor = message(messageId).map(MessageView::authorName).orElse("");
    }

    /** Hides the chosen message from the patient; without a reason the dialog stays open and says so. */
    public void hide() {
        act(
                () -> {
                    messages.hide(UUID.fromString(hidingId), hideReason);
                    reload();
                    MessagePages.info(Texts.get("cthread.hidden"));
                    PrimeFaces.current().executeScript("PF('hideDialog').hide()");
                },
                "hide:reason");
    }

    /** Opens the task dialog for a message: the title is the thread's subject, the patient's open flags to link. */
    public void startTask(String messageId) {
        taskMessageId = messageId;
        taskTitle = getSubject();
        taskDue = null;
        taskFlag = null;
        try {
            openFlags = flags.ofPatient(view.summary().patientId()).stream()
                    .filter(f -> f.status() != FlagStatus.RESOLVED)
                    .toList();
        } catch (RecordNotFoundException gone) {
            openFlags = List.of();
        }
    }

    /** Makes the task; a refusal keeps the dialog open with the reason beside the field. */
    public void makeTask() {
        UUID flagId;
        try {
            flagId = taskFlag == null || taskFlag.isBlank() ? null : UUID.fromString(taskFlag);
        } catch (IllegalArgumentException bad) {
            MessagePages.error("task:flag", Texts.get("cthread.task.flagRequired"));
            return;
        }
        act(
                () -> {
                    ChartTaskView task = messages.task(UUID.fromString(taskMessageId), taskTitle, taskDue, flagId);
                    MessagePages.info(Texts.get(
                            "cthread.task.added",
                            DATE.withLocale(Texts.locale()).format(task.dueOn()).replace(".", "")));
                    PrimeFaces.current().executeScript("PF('taskDialog').hide()");
                },
                null);
    }

    /** Runs an action; a refusal goes beside the field (or the page), a vanished record says so. */
    private void act(Runnable action, String fieldComponent) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            MessagePages.refused(refused, field -> componentFor(field, fieldComponent), ".");
        } catch (RecordNotFoundException | IllegalArgumentException gone) {
            MessagePages.warnKeeping(Texts.get("cthread.gone"));
        }
    }

    private static String componentFor(String field, String fallback) {
        return switch (field) {
            case "body" -> "reply:message-body";
            case "reason" -> "hide:reason";
            case "title" -> "task:title";
            case "dueOn" -> "task:due";
            case "flagId" -> "task:flag";
            case "clinician" -> "thread:colleague";
            default -> fallback;
        };
    }

    private Optional<MessageView> message(String messageId) {
        return getMessages().stream()
                .filter(m -> m.id().toString().equals(messageId))
                .findFirst();
    }

    // --- for the page ---

    public String time(Instant instant) {
        return Times.relative(instant, zone, clock);
    }

    /** Who wrote it, as the team reads it: "Alex Morgan (patient)", "Sam Rivera", "Thaw (automatic reply)". */
    public String author(MessageView m) {
        if (m.authorRole() == AuthorRole.PATIENT) {
            return Texts.get("cthread.author.patient", m.authorName());
        }
        return m.mine() ? Texts.get("cthread.author.you", m.authorName()) : m.authorName();
    }

    /** Whether a message can be hidden or made a task: not Thaw's automatic reply. */
    public boolean actionable(MessageView m) {
        return m.authorRole() != AuthorRole.SYSTEM;
    }

    public ThreadSummary getSummary() {
        return view == null ? null : view.summary();
    }

    public String getSubject() {
        return view == null ? "" : view.summary().subject();
    }

    public boolean isHandled() {
        return view != null && view.summary().status() == ThreadStatus.HANDLED;
    }

    public List<MessageView> getMessages() {
        return view == null ? List.of() : view.messages();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MessageDraft getDraft() {
        return draft;
    }

    public int getMaxBody() {
        return MessageText.MAX_LENGTH;
    }

    public int getMaxReason() {
        return Drafts.MAX_REASON;
    }

    public int getMaxTaskTitle() {
        return Drafts.MAX_TASK_TITLE;
    }

    /** The patient's care team but the caller, the PRIMARY first: whom the thread can be handed to. */
    public List<TeamMember> getColleagues() {
        return colleagues;
    }

    /** A colleague's name by username ("Ada Okafor"), or the username when they are no longer on the team. */
    public String colleagueName(String username) {
        return colleagues.stream()
                .filter(m -> m.clinician().equals(username))
                .map(TeamMember::name)
                .findFirst()
                .orElse(username);
    }

    public String getColleague() {
        return colleague;
    }

    public void setColleague(String colleague) {
        this.colleague = colleague;
    }

    public String getHidingAuthor() {
        return hidingAuthor;
    }

    public String getHideReason() {
        return hideReason;
    }

    public void setHideReason(String hideReason) {
        this.hideReason = hideReason;
    }

    public String getTaskTitle() {
        return taskTitle;
    }

    public void setTaskTitle(String taskTitle) {
        this.taskTitle = taskTitle;
    }

    public LocalDate getTaskDue() {
        return taskDue;
    }

    public void setTaskDue(LocalDate taskDue) {
        this.taskDue = taskDue;
    }

    public String getTaskFlag() {
        return taskFlag;
    }

    public void setTaskFlag(String taskFlag) {
        this.taskFlag = taskFlag;
    }

    public List<FlagView> getOpenFlags() {
        return openFlags;
    }

    /**
     * Today in the patient's zone (else the practice's) by the application's clock: the earliest due
     * date of a task, as the chart counts a task overdue by the patient's day.
     */
    public LocalDate getToday() {
        if (patientZone == null) {
            patientZone = patientZone();
        }
        return LocalDate.now(clock.withZone(patientZone));
    }

    private ZoneId patientZone() {
        if (view == null) {
            return practiceTime.zone();
        }
        try {
            return practiceTime.zone(records.profile(view.summary().patientId()).timeZone());
        } catch (RecordNotFoundException gone) {
            return practiceTime.zone();
        }
    }
}
