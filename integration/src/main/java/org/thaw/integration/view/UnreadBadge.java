package org.thaw.integration.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.thaw.message.boundary.UnreadMessages;

/**
 * The unread count beside "Messages" in both apps' navigation ({@code #{unreadBadge.count}}),
 * asked once per request however often the page reads it. The layouts refresh it with a {@code
 * p:poll} every 30 seconds rather than server push: polling works behind any proxy and needs no
 * websocket or push infrastructure, and 30 seconds is soon enough for messages that are
 * explicitly not watched in real time. An idle monitor stops the poll after 5 minutes without
 * activity, so an unattended screen still lets the session time out.
 *
 * <p>A failing count never breaks a page (the error pages use the same layout): it is logged and
 * shown as 0.
 */
@Named
@RequestScoped
public class UnreadBadge {

    private static final Logger LOG = Logger.getLogger(UnreadBadge.class.getName());

    @Inject
    UnreadMessages unread;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = load();
        }
        return count;
    }

    private long load() {
        try {
            return unread.forCaller();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not count unread messages for the navigation badge", failed);
            return 0;
        }
    }
}
