package org.thaw.clinician.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thaw.integration.view.Refusals;
import org.thaw.integration.view.Texts;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.boundary.PracticeAdmin;
import org.thaw.practice.boundary.SettingDefinition;

/** The admin's practice settings page: thresholds and the practice time zone. */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable row. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String label;
        private final String defaultValue;
        private final boolean text;
        private String value;

        Row(PracticeAdmin.Setting s) {
            key = s.key();
            label = Texts.getOr("setting." + s.key(), s.label());
            defaultValue = s.defaultValue();
            value = s.value();
            text = s.kind() == SettingDefinition.Kind.TEXT && s.defaultValue().length() > 100;
        }

        /** A long text setting (the crisis resources) gets a text area. */
        public boolean isText() {
            return text;
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public String getDefaultValue() {
            return defaultValue;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    @Inject
    PracticeAdmin admin;

    private List<Row> rows = new ArrayList<>();

    @PostConstruct
    void load() {
        rows = admin.settings().stream().map(Row::new).toList();
    }

    /** Saves all rows; a bad value is named and nothing is saved, the typed values stay. */
    public void save() {
        Map<String, String> values = new LinkedHashMap<>();
        rows.forEach(r -> values.put(r.getKey(), r.getValue()));
        try {
            admin.change(values);
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get("settings.saved"), null));
        } catch (InvalidInputException invalid) {
            Refusals.show(invalid, key -> null, key -> label(key) + ":", Texts.get("settings.nothingSaved"));
        }
    }

    /** A setting as the page labels it, in the reader's language; an unknown key as it came. */
    private String label(String key) {
        return rows.stream()
                .filter(r -> r.getKey().equals(key))
                .map(Row::getLabel)
                .findFirst()
                .orElse(key);
    }

    public List<Row> getRows() {
        return rows;
    }
}
