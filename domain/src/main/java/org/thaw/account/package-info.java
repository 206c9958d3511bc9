/**
 * Accounts and invitations: a patient or clinician is offered their Keycloak account by an
 * invitation e-mail that Keycloak sends; Thaw's record and the account are made together or not
 * at all, and the record is bound to that account's id and no other.
 *
 * <p>The domain knows no Keycloak type: it speaks to the identity server through {@link
 * org.thaw.account.boundary.Accounts}, which the clinician app implements with Keycloak's admin
 * client as the realm's {@code thaw-admin} service account.
 */
package org.thaw.account;
