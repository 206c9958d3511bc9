package org.thaw.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;

/** One intervention of a plan: a catalogue code, the clinician's text and how often. Replaced whole by each save. */
@Entity
@Table(name = "plan_intervention")
@NamedQuery(
        name = PlanIntervention.OF_PLAN,
        query = "select i from PlanIntervention i where i.planId = :planId order by i.position")
@NamedQuery(name = PlanIntervention.DELETE_OF_PLAN, query = "delete from PlanIntervention i where i.planId = :planId")
public class PlanIntervention {

    public static final String OF_PLAN = "PlanIntervention.ofPlan";
    public static final String DELETE_OF_PLAN = "PlanIntervention.deleteOfPlan";

    public static final int TEXT_MAX = 500;
    public static final int FREQUENCY_MAX = 100;

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(updatable = false)
    private String text;

    @Column(updatable = false)
    private String frequency;

    protected PlanIntervention() {
        // for JPA
    }

    public PlanIntervention(UUID planId, int position, String code, String text, String frequency) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.position = position;
        this.code = code;
        this.text = text;
        this.frequency = frequency;
    }

    public String code() {
        return code;
    }

    public String text() {
        return text;
    }

    public String frequency() {
        return frequency;
    }
}
