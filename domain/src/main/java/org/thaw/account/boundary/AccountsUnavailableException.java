package org.thaw.account.boundary;

/**
 * The identity server could not be reached or refused Thaw's service account: no account can be
 * created or changed right now, and nothing was (the call's transaction rolls back). The REST APIs
 * answer 503; the pages say that accounts cannot be created right now.
 */
public class AccountsUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccountsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public AccountsUnavailableException(String message) {
        super(message);
    }
}
