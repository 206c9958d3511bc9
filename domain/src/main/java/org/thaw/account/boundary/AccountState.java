package org.thaw.account.boundary;

/**
 * An account as the identity server holds it.
 *
 * @param enabled whether it may sign in
 * @param setUp whether no required action is left (the invitation was accepted)
 */
public record AccountState(boolean enabled, boolean setUp) {}
