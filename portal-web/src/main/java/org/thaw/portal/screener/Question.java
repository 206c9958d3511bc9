package org.thaw.portal.screener;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.thaw.screener.boundary.EnableWhen;
import org.thaw.screener.boundary.InstrumentDefinition;
import org.thaw.screener.boundary.InstrumentDefinition.Item;
import org.thaw.screener.boundary.InstrumentDefinition.Option;
import org.thaw.screener.boundary.ItemType;

/**
 * One question of the form and the patient's answer as the page holds it: a single choice (a score
 * or a code, as text), several codes, or a date. What the scoring engine reads is made from it
 * only on submit, so a refused step keeps every answer given.
 */
public class Question implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One answer the question offers: what is submitted and what the patient reads. */
    public record Choice(String value, String label) implements Serializable {}

    private final String linkId;
    private final int position;
    private final String text;
    private final ItemType type;
    private final boolean scored;
    private final boolean required;
    private final List<Choice> choices;
    private final EnableWhen enableWhen;
    private boolean controlsOthers;
    private boolean missing;

    private String single;
    private List<String> many = new ArrayList<>();
    private LocalDate date;

    Question(InstrumentDefinition instrument, Item item) {
        linkId = item.linkId();
        position = instrument.position(item.linkId());
        text = item.text();
        type = item.type();
        scored = item.scored();
        required = item.required();
        List<Choice> list = new ArrayList<>();
        for (Option o : item.options()) {
            list.add(new Choice(type == ItemType.CHOICE ? String.valueOf(o.score()) : o.code(), o.text()));
        }
        choices = List.copyOf(list);
        enableWhen = item.enableWhen();
    }

    /** The answer as the scoring engine reads it, or null when none is given. */
    Object answer() {
        return switch (type) {
            case CHOICE -> single == null || single.isBlank() ? null : Integer.valueOf(single);
            case CODE -> single == null || single.isBlank() ? null : single;
            case CODES -> List.copyOf(many == null ? List.of() : many);
            case DATE -> date == null ? null : date.toString();
        };
    }

    /** Whether the answer given so far is empty (a list of codes may be left empty on purpose). */
    boolean unanswered() {
        return type != ItemType.CODES && answer() == null;
    }

    public String getLinkId() {
        return linkId;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public String getType() {
        return type.name();
    }

    public boolean isScored() {
        return scored;
    }

    public boolean isRequired() {
        return required;
    }

    public List<Choice> getChoices() {
        return choices;
    }

    /** The earlier answer this question waits for; null when it is always asked. */
    EnableWhen enableWhen() {
        return enableWhen;
    }

    public boolean isControlsOthers() {
        return controlsOthers;
    }

    void controlsOthers() {
        controlsOthers = true;
    }

    public boolean isMissing() {
        return missing;
    }

    void missing(boolean value) {
        missing = value;
    }

    public String getSingle() {
        return single;
    }

    public void setSingle(String single) {
        this.single = single;
    }

    public List<String> getMany() {
        return many;
    }

    public void setMany(List<String> many) {
        this.many = many == null ? new ArrayList<>() : new ArrayList<>(many);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
