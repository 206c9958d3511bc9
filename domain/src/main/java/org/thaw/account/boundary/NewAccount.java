package org.thaw.account.boundary;

import java.util.List;
import org.thaw.security.boundary.Role;

/**
 * An account to create: enabled, with one realm role and the actions its holder must do first.
 *
 * @param username the sign-in name (Thaw uses the e-mail address)
 * @param language the person's language tag ("en", "es"), or {@code null}
 */
public record NewAccount(
        String username,
        String email,
        String firstName,
        String lastName,
        Role role,
        List<RequiredAction> requiredActions,
        String language) {

    public NewAccount {
        requiredActions = List.copyOf(requiredActions);
    }
}
