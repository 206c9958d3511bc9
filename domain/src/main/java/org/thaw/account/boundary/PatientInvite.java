package org.thaw.account.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A patient to invite.
 *
 * @param language "en" or "es"; empty: the patient's browser decides
 * @param timeZone a region such as Europe/Oslo; empty: the practice's
 * @param intake instrument codes to assign at once (the numbness check, PHQ-9 and GAD-7 are every
 *     new patient's intake anyway)
 * @param primaryClinician the username of the patient's primary clinician: an admin's invitation
 *     names one, a clinician's is the clinician
 */
public record PatientInvite(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String firstName,

        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String lastName,

        @NotBlank(message = "is required")
        @Size(max = 254, message = "must be at most 254 characters")
        @Email(message = "must be an e-mail address such as name@example.org")
        @Pattern(
                regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
                message = "must be an e-mail address such as name@example.org")
        String email,

        @Pattern(regexp = "en|es", message = "must be en or es")
        String language,

        @Size(max = 64, message = "must be a time zone region such as Europe/Oslo")
        String timeZone,

        List<String> intake,
        String primaryClinician) {

    public PatientInvite {
        intake = intake == null ? List.of() : List.copyOf(intake);
    }
}
