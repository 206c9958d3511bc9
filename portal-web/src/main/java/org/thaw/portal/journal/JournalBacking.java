package org.thaw.portal.journal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.journal.boundary.JournalInput;
import org.thaw.journal.boundary.MyJournal;
import org.thaw.journal.boundary.SavedDay;
import org.thaw.security.boundary.InvalidInputException;

/** The journal page: today's (or yesterday's) check-in and the last 14 days. */
@Named
@ViewScoped
public class JournalBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Integer> SCALE = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    @Inject
    MyJournal journal;

    private LocalDate today;
    private String day = "today";
    private Integer numbness;
    private String note;
    private List<JournalDay> recent = List.of();

    @PostConstruct
    void load() {
        today = journal.today();
        recent = journal.recent();
        fillFromSavedEntry();
    }

    /** Writes the chosen day's entry; messages name the field on bad input, nothing is lost. */
    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            SavedDay saved = journal.save(chosenDate(), new JournalInput(numbness, note));
            recent = journal.recent();
            String when = saved.day().date().equals(today) ? "today" : "yesterday";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    saved.created() ? "Saved your entry for " + when + "." : "Updated your entry for " + when + ".", null));
        } catch (ConstraintViolationException invalid) {
            for (ConstraintViolation<?> v : invalid.getConstraintViolations()) {
                String path = v.getPropertyPath().toString();
                String field = path.substring(path.lastIndexOf('.') + 1);
                faces.addMessage("journal:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        label(field) + " " + v.getMessage(), null));
            }
            faces.validationFailed();
        } catch (InvalidInputException invalid) {
            faces.addMessage("journal:day", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    label(invalid.field()) + " " + invalid.getMessage(), null));
            faces.validationFailed();
        }
    }

    /** Switching between today and yesterday shows that day's saved entry, if any. */
    public void dayChanged() {
        fillFromSavedEntry();
    }

    private void fillFromSavedEntry() {
        LocalDate date = chosenDate();
        JournalDay saved = recent.stream().filter(d -> d.date().equals(date)).findFirst().orElse(null);
        numbness = saved == null ? null : saved.numbness();
        note = saved == null ? null : saved.note();
    }

    private LocalDate chosenDate() {
        return "yesterday".equals(day) ? today.minusDays(1) : today;
    }

    private static String label(String field) {
        return switch (field) {
            case "numbness" -> "Numbness";
            case "note" -> "Note";
            case "date", "day" -> "Day";
            default -> field;
        };
    }

    public String format(LocalDate date) {
        if (date.equals(today)) {
            return "Today";
        }
        if (date.equals(today.minusDays(1))) {
            return "Yesterday";
        }
        return DAY.format(date);
    }

    public String getTodayLabel() {
        return DAY.format(today);
    }

    public String getYesterdayLabel() {
        return DAY.format(today.minusDays(1));
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = "yesterday".equals(day) ? "yesterday" : "today";
    }

    public Integer getNumbness() {
        return numbness;
    }

    public void setNumbness(Integer numbness) {
        this.numbness = numbness;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** The numbness scale, 0 (not numb at all) to 10 (completely numb). */
    public List<Integer> getScale() {
        return SCALE;
    }

    public List<JournalDay> getRecent() {
        return recent;
    }
}
