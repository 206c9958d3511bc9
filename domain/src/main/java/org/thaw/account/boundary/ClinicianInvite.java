package org.thaw.account.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A clinician the practice admin adds.
 *
 * @param language "en" or "es"; empty: the clinician's browser decides
 */
public record ClinicianInvite(
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
        String language) {}
