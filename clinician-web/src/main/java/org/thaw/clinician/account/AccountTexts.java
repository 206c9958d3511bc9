package org.thaw.clinician.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.thaw.account.boundary.InvitationStatus;
import org.thaw.integration.view.Texts;

/** How the account pages word an invitation: its status and its moments, in the page's language. */
final class AccountTexts {

    private AccountTexts() {}

    /** "Sent", "Accepted", "Expired", "Cancelled" (or "Enviada"...). */
    static String status(InvitationStatus status) {
        return status == null ? "" : Texts.get("account.status." + status.name());
    }

    /** A moment as a date and a time in {@code zone}, in the page's language; empty for none. */
    static String when(Instant at, ZoneId zone) {
        return at == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(Texts.locale())
                        .format(at.atZone(zone));
    }
}
