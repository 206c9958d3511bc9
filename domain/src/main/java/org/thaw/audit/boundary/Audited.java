package org.thaw.audit.boundary;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a boundary method that reads or writes patient data: every call leaves one audit event.
 *
 * <pre>
 * &#64;Audited(action = AuditAction.READ, recordType = "patient")
 * public PatientProfile me() { ... audit.concerns(patient.id()).record(patient.id()); ... }
 * </pre>
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface Audited {

    @Nonbinding
    AuditAction action() default AuditAction.READ;

    /** The kind of record the call is about, lower_snake (e.g. {@code journal_entry}). */
    @Nonbinding
    String recordType() default "";
}
