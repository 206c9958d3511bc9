package org.thaw.account.boundary;

/** What a new account's holder must do at first sign-in (Keycloak's required actions). */
public enum RequiredAction {
    VERIFY_EMAIL,
    UPDATE_PASSWORD,
    CONFIGURE_TOTP
}
