package org.thaw.message.boundary;

import java.util.List;

/** A thread opened by a reader: its summary (unread count as it was before this read) and messages. */
public record ThreadView(ThreadSummary summary, List<MessageView> messages) {

    public ThreadView {
        messages = List.copyOf(messages);
    }
}
