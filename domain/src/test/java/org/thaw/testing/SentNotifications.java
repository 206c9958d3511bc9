package org.thaw.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.thaw.message.boundary.MessageNotification;

/**
 * The message notifications fired while a test runs, as an e-mail sender would observe them
 * (here as they are fired, not after the commit: the tests roll their messages back).
 */
@ApplicationScoped
public class SentNotifications {

    private final List<MessageNotification> fired = new ArrayList<>();

    synchronized void record(@Observes MessageNotification notification) {
        fired.add(notification);
    }

    /** What was fired since the last call, oldest first; forgets it. */
    public synchronized List<MessageNotification> take() {
        List<MessageNotification> taken = List.copyOf(fired);
        fired.clear();
        return taken;
    }
}
