package org.thaw.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One named practice setting, stored as text and parsed by its reader. */
@Entity
@Table(name = "practice_setting")
public class PracticeSetting {

    public static final String TIME_ZONE = "practice.time_zone";

    @Id
    private String key;

    @Column(nullable = false)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected PracticeSetting() {
        // for JPA
    }

    public PracticeSetting(String key, String value, Instant updatedAt, String updatedBy) {
        this.key = key;
        this.value = value;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public void change(String newValue, Instant at, String by) {
        this.value = newValue;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }
}
