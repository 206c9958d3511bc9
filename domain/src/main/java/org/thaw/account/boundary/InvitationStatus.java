package org.thaw.account.boundary;

/** Where an invitation stands. */
public enum InvitationStatus {
    /** Sent, its link still works and the account is not set up yet. */
    SENT,
    /** The account has no required action left: the person set it up. */
    ACCEPTED,
    /** Not accepted before its link expired; it can be sent again. */
    EXPIRED,
    /** Cancelled before it was used; the account is disabled until it is sent again. */
    CANCELLED
}
