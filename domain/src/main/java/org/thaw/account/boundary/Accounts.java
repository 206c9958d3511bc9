package org.thaw.account.boundary;

import java.time.Duration;
import java.util.Optional;

/**
 * Thaw's accounts in the identity server, as the domain asks for them. The clinician app
 * implements it with Keycloak's admin client, signed in as the realm's {@code thaw-admin} service
 * account (never an administrator of another realm). Every method throws {@link
 * AccountsUnavailableException} when the server cannot be reached or refuses.
 */
public interface Accounts {

    /**
     * Creates the account; returns its id.
     *
     * @throws org.thaw.platform.ConflictException naming {@code email} when an account has that
     *     address or username already
     */
    String create(NewAccount account);

    /**
     * Sends the account's holder the e-mail with a link that does its required actions, valid for
     * {@code lifespan} (passed explicitly: Keycloak's own default is 12 hours). The link ends at
     * the app of {@code clientId}.
     */
    void sendActionsEmail(String userId, String clientId, Duration lifespan);

    /** The account's state, or empty when there is no such account. */
    Optional<AccountState> state(String userId);

    /** Disables the account and ends its sessions: its refresh tokens stop working at once. */
    void disable(String userId);

    void enable(String userId);

    /** Deletes the account; an account that is already gone is no error. */
    void delete(String userId);

    /** The id of the account with this e-mail address, if there is one. */
    Optional<String> findByEmail(String email);

    /** The id of the account with this username, if there is one. */
    Optional<String> findByUsername(String username);
}
