package org.thaw.message.boundary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.thaw.message.entity.Message;

/**
 * A message as a reader sees it: who wrote it, when, the text, and the text as pieces for the page
 * ({@link MessageText}: text, line breaks, https links shown in full). The care team also sees
 * whether it is hidden from the patient, by whom and why.
 */
public record MessageView(
        UUID id,
        String author,
        String authorName,
        AuthorRole authorRole,
        Instant sentAt,
        String body,
        List<MessageText.Piece> pieces,
        boolean mine,
        boolean hidden,
        String hiddenBy,
        String hiddenReason) {

    static MessageView of(Message m, String reader) {
        return new MessageView(
                m.id(),
                m.author(),
                m.authorName(),
                m.authorRole(),
                m.sentAt(),
                m.body(),
                MessageText.pieces(m.body()),
                m.author().equals(reader),
                m.hidden(),
                m.hiddenBy(),
                m.hiddenReason());
    }
}
