package org.thaw.medication.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.thaw.medication.control.MedicationCatalogue;
import org.thaw.medication.entity.CourseValues;
import org.thaw.medication.entity.MedicationCourse;

/**
 * A course as a clinician records or corrects it; the component names are the REST field names.
 * The drug is a catalogue antidepressant by {@code rxnorm} (its name, if given too, must match), or
 * by {@code name} alone: a catalogue name (agomelatine has no RxNorm code) or any other drug, which
 * then needs {@code antidepressant} true or false.
 *
 * @param rxnorm the catalogue's RxNorm ingredient code ("36437")
 * @param name the drug's name; required without {@code rxnorm}
 * @param antidepressant whether a drug outside the catalogue counts as an antidepressant for the
 *     rules; a catalogue drug always does
 * @param dose the starting dose, more than 0, at most three decimals
 * @param unit {@code mg}, {@code mcg} or {@code ml}
 * @param frequency {@code daily}, {@code twice_daily}, {@code three_times_daily}, {@code weekly} or
 *     {@code as_needed}
 * @param startedOn the first day, not in the future
 * @param prescriber who prescribed it (free text; Thaw is not a prescribing system)
 * @param stoppedOn the last day, for a course recorded after it ended; not before {@code startedOn}
 * @param stopReason why it stopped; only with {@code stoppedOn}
 */
public record CourseInput(
        String rxnorm,

        @Size(max = MedicationCourse.NAME_MAX, message = "must be at most 200 characters")
        String name,

        Boolean antidepressant,

        @NotNull(message = "is required")
        @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
        @Digits(integer = 7, fraction = 3, message = "must have at most 7 digits before the point and 3 after")
        BigDecimal dose,

        @NotNull(message = "is required: mg, mcg or ml") String unit,

        @NotNull(message = "is required: daily, twice_daily, three_times_daily, weekly or as_needed")
        String frequency,

        @NotNull(message = "is required (yyyy-mm-dd)") LocalDate startedOn,

        @Size(max = MedicationCourse.PRESCRIBER_MAX, message = "must be at most 200 characters")
        String prescriber,

        LocalDate stoppedOn,

        @Size(max = MedicationCourse.REASON_MAX, message = "must be at most 500 characters")
        String stopReason) {

    /** A running course of a catalogue drug, as the REST example records it. */
    public static CourseInput of(
            String rxnorm, BigDecimal dose, String unit, String frequency, LocalDate startedOn, String prescriber) {
        return new CourseInput(rxnorm, null, null, dose, unit, frequency, startedOn, prescriber, null, null);
    }

    /**
     * The course as it is stored, once Bean Validation has passed: the drug resolved against the
     * catalogue, the codes checked, the dates in order and not after {@code today}. Every refused
     * field is named at once.
     */
    CourseValues values(MedicationCatalogue catalogue, LocalDate today) {
        Refusals refusals = new Refusals();
        Drug drug = drug(catalogue, refusals);
        DoseUnit checkedUnit = refusals.unit(unit, null);
        Frequency checkedFrequency = refusals.frequency(frequency, null);
        refusals.notInFuture("startedOn", startedOn, today);
        if (stoppedOn != null && stoppedOn.isBefore(startedOn)) {
            refusals.refuse("stoppedOn", "must not be before startedOn (" + startedOn + ")");
        }
        refusals.notInFuture("stoppedOn", stoppedOn, today);
        String reason = Refusals.textOrNull(stopReason);
        if (reason != null && stoppedOn == null) {
            refusals.refuse("stopReason", "needs stoppedOn: a course that has not stopped has no stop reason");
        }
        refusals.throwIfAny();
        return new CourseValues(
                drug.rxnorm(),
                drug.name(),
                drug.antidepressant(),
                dose,
                checkedUnit,
                checkedFrequency,
                startedOn,
                Refusals.textOrNull(prescriber),
                stoppedOn,
                reason);
    }

    private record Drug(String rxnorm, String name, boolean antidepressant) {}

    private Drug drug(MedicationCatalogue catalogue, Refusals refusals) {
        String givenName = Refusals.textOrNull(name);
        if (rxnorm != null) {
            Optional<CatalogueDrug> known = catalogue.byRxnorm(rxnorm.strip());
            if (known.isEmpty()) {
                refusals.refuse(
                        "rxnorm",
                        "is not an antidepressant of the catalogue; give the drug's name alone for any other drug");
                return new Drug(null, givenName == null ? "" : givenName, false);
            }
            if (givenName != null
                    && !givenName.toLowerCase(Locale.ROOT).equals(known.get().name())) {
                refusals.refuse(
                        "name",
                        "does not match RxNorm " + rxnorm.strip() + " ("
                                + known.get().name() + ")");
            }
            return catalogued(known.get(), refusals);
        }
        if (givenName == null) {
            refusals.refuse("name", "is required: the drug's name, or an RxNorm code of the catalogue");
            return new Drug(null, "", false);
        }
        Optional<CatalogueDrug> byName = catalogue.byName(givenName);
        if (byName.isPresent()) {
            return catalogued(byName.get(), refusals);
        }
        if (antidepressant == null) {
            refusals.refuse(
                    "antidepressant",
                    "is required for a drug outside the catalogue: true if it counts as an antidepressant, else false");
            return new Drug(null, givenName, false);
        }
        return new Drug(null, givenName, antidepressant);
    }

    private Drug catalogued(CatalogueDrug drug, Refusals refusals) {
        if (Boolean.FALSE.equals(antidepressant)) {
            refusals.refuse(
                    "antidepressant", "cannot be false for " + drug.name() + ", an antidepressant of the catalogue");
        }
        return new Drug(drug.rxnorm(), drug.name(), true);
    }
}
