package org.thaw.message.boundary;

import java.util.UUID;

/**
 * What a send answers: the thread and the message (the same ones again for a retried send with
 * the same key), whether it was new, and whether Thaw replied automatically (after hours).
 */
public record Sent(UUID threadId, UUID messageId, boolean created, boolean autoReplied) {}
