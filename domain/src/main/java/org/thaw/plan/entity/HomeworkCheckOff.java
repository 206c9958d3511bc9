package org.thaw.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The patient marked a homework item done on a day (their zone): one per item per day, written by
 * the store's idempotent insert and never changed.
 */
@Entity
@Table(name = "homework_check_off")
@NamedQuery(
        name = HomeworkCheckOff.OF_ITEMS,
        query = "select c from HomeworkCheckOff c where c.homeworkId in :ids order by c.day desc")
@NamedQuery(
        name = HomeworkCheckOff.OF_ITEM_ON,
        query = "select c from HomeworkCheckOff c where c.homeworkId = :id and c.day = :day")
public class HomeworkCheckOff {

    /** The check-offs of some items, newest day first. */
    public static final String OF_ITEMS = "HomeworkCheckOff.ofItems";

    /** The check-off of one item on one day. */
    public static final String OF_ITEM_ON = "HomeworkCheckOff.ofItemOn";

    @Id
    private UUID id;

    @Column(name = "homework_id", nullable = false, updatable = false)
    private UUID homeworkId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(nullable = false, updatable = false)
    private LocalDate day;

    @Column(name = "checked_at", nullable = false, updatable = false)
    private Instant checkedAt;

    protected HomeworkCheckOff() {
        // for JPA
    }

    public UUID id() {
        return id;
    }

    public UUID homeworkId() {
        return homeworkId;
    }

    public LocalDate day() {
        return day;
    }

    public Instant checkedAt() {
        return checkedAt;
    }
}
