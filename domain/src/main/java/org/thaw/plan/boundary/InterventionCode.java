package org.thaw.plan.boundary;

import java.util.Arrays;
import java.util.Optional;

/** The plan interventions of the catalogue (docs/clinical-rules.md, "Treatment plans"), by their lower_snake code. */
public enum InterventionCode {
    CBT("cbt", "Cognitive behavioural therapy (CBT)"),
    TRAUMA_INFORMED_THERAPY("trauma_informed_therapy", "Trauma-informed therapy"),
    EMDR("emdr", "EMDR"),
    SOMATIC("somatic", "Somatic approaches"),
    MEDICATION_REVIEW("medication_review", "Medication review"),
    MINDFULNESS("mindfulness", "Mindfulness"),
    GROUNDING("grounding", "Grounding"),
    JOURNALING("journaling", "Journaling"),
    PHYSICAL_ACTIVITY("physical_activity", "Physical activity"),
    SLEEP_ROUTINE("sleep_routine", "Sleep routine"),
    SUPPORT_SYSTEM("support_system", "Reaching out to a support system"),
    STRESS_REDUCTION("stress_reduction", "Stress reduction"),
    CREATIVE_NATURE("creative_nature", "Creative outlets and nature"),
    ROUTINE_CHANGE("routine_change", "Changing routines"),
    TRIGGER_AWARENESS("trigger_awareness", "Knowing triggers"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    InterventionCode(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The intervention with this code, if the catalogue has it. */
    public static Optional<InterventionCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
