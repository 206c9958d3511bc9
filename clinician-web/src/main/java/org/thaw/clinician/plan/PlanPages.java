package org.thaw.clinician.plan;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.thaw.integration.view.Texts;

/**
 * What the plan pages share: the patient named by the {@code patient} view parameter (anything that
 * is not one of the caller's patients is the same 404 as an unknown id) and the way they write days
 * and moments, in the patient's zone as the chart does.
 */
final class PlanPages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_CLOCK =
            DateTimeFormatter.ofPattern("d MMM 'at' HH:mm", Locale.ENGLISH);

    private PlanPages() {}

    /** The patient's id from the view parameter, or null (then the page has answered 404). */
    static UUID patientId(String parameter) throws IOException {
        try {
            return UUID.fromString(parameter == null ? "" : parameter);
        } catch (IllegalArgumentException notAnId) {
            notFound();
            return null;
        }
    }

    /** Answers "No such patient", as the chart does for anyone else's patient. */
    static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "No such patient");
        faces.responseComplete();
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.withLocale(Texts.locale()).format(date).replace(".", "");
    }

    static String time(Instant instant, ZoneId zone) {
        return instant == null
                ? ""
                : TIME.withLocale(Texts.locale()).format(instant.atZone(zone)).replace(".", "");
    }

    /** "14:05" for a moment today in the zone, else "3 Dec at 14:05". */
    static String when(Instant instant, ZoneId zone, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return instant.atZone(zone).toLocalDate().equals(today)
                ? CLOCK.format(instant.atZone(zone))
                : DAY_AND_CLOCK
                        .withLocale(Texts.locale())
                        .format(instant.atZone(zone))
                        .replace(".", "");
    }
}
