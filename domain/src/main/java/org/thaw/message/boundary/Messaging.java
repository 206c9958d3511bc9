package org.thaw.message.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.thaw.message.control.AfterHours;
import org.thaw.message.control.MessageStore;
import org.thaw.message.entity.Message;
import org.thaw.message.entity.MessageThread;
import org.thaw.patient.control.Patients;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.boundary.CrisisResources;
import org.thaw.practice.control.OfficeHours;
import org.thaw.practice.control.PracticeSettings;

/** What the patient's and the care team's message boundaries share; no access checks here. */
@ApplicationScoped
class Messaging {

    static final String OFFICE_HOURS = "messaging.office_hours";
    static final String DEFAULT_OFFICE_HOURS = "MON-FRI 09:00-17:00";
    static final String RESPONSE_TIME = "messaging.response_time";
    static final String DEFAULT_RESPONSE_TIME = "within 2 working days";
    static final String RESPONSE_TIME_ES = "messaging.response_time.es";
    static final String DEFAULT_RESPONSE_TIME_ES = "en un plazo de 2 días hábiles";

    @Inject
    MessageStore store;

    @Inject
    Patients patients;

    @Inject
    PracticeSettings settings;

    @Inject
    CrisisResources crisis;

    @Inject
    Event<MessageNotification> notifications;

    @Inject
    Clock clock;

    /** Starts a thread with its first message; a retried send with the same key finds both again. */
    Sent start(UUID patientId, String subject, String body, String key, String author, AuthorRole role, String name) {
        Instant now = clock.instant();
        UUID threadId = store.createThread(new MessageThread(patientId, subject, author, role, now, key))
                .orElseThrow(Messaging::keyUsedElsewhere);
        return add(threadId, patientId, body, key, author, role, name, now);
    }

    /** Adds a message to a thread; a patient's message reopens a handled thread. */
    Sent reply(MessageThread thread, String body, String key, String author, AuthorRole role, String name) {
        return add(thread.id(), thread.patientId(), body, key, author, role, name, clock.instant());
    }

    private Sent add(
            UUID threadId,
            UUID patientId,
            String body,
            String key,
            String author,
            AuthorRole role,
            String name,
            Instant now) {
        List<Message> earlier = store.messages(threadId);
        UUID messageId = store.addMessage(new Message(threadId, author, role, name, body, now, key))
                .orElseThrow(Messaging::keyUsedElsewhere);
        boolean created = earlier.stream().noneMatch(m -> m.id().equals(messageId));
        if (!created) {
            return new Sent(threadId, messageId, false, false);
        }
        store.touch(threadId, now, role == AuthorRole.PATIENT);
        store.markRead(threadId, author, now);
        boolean autoReplied = false;
        if (role == AuthorRole.PATIENT) {
            OfficeHours hours = officeHours();
            if (AfterHours.replyNeeded(earlier, now, hours, settings.timeZone())) {
                Instant later = now.plusMillis(1);
                // stored in the language the patient reads Thaw in, with the practice's texts in it
                String language = patients.language(patientId);
                Locale locale = Locale.forLanguageTag(language);
                store.addMessage(new Message(
                        threadId,
                        AfterHours.AUTHOR,
                        AuthorRole.SYSTEM,
                        AfterHours.authorName(locale),
                        AfterHours.text(hours, responseTime(language), crisis.text(language), locale),
                        later,
                        null));
                store.touch(threadId, later, false);
                autoReplied = true;
            }
            patients.careTeamEmailsByLanguage(patientId, author)
                    .forEach((language, emails) ->
                            notifications.fire(new MessageNotification(emails, "clinician", language)));
        } else {
            String language = patients.language(patientId);
            patients.email(patientId)
                    .ifPresent(
                            email -> notifications.fire(new MessageNotification(List.of(email), "portal", language)));
        }
        return new Sent(threadId, messageId, true, autoReplied);
    }

    /** A key this author already used for a message to another thread or patient: never that message. */
    private static InvalidInputException keyUsedElsewhere() {
        return new InvalidInputException(
                "idempotencyKey", "was already used for another message; send it with a new key");
    }

    /** The practice's expected response time in {@code language} ("es": the Spanish setting; any other: the English one). */
    String responseTime(String language) {
        return "es".equals(language)
                ? settings.text(RESPONSE_TIME_ES, DEFAULT_RESPONSE_TIME_ES)
                : settings.text(RESPONSE_TIME, DEFAULT_RESPONSE_TIME);
    }

    OfficeHours officeHours() {
        try {
            return OfficeHours.parse(settings.text(OFFICE_HOURS, DEFAULT_OFFICE_HOURS));
        } catch (IllegalArgumentException badSetting) {
            return OfficeHours.parse(DEFAULT_OFFICE_HOURS);
        }
    }

    static ThreadSummary summary(MessageStore.Listed l) {
        MessageThread t = l.thread();
        return new ThreadSummary(
                t.id(),
                t.patientId(),
                l.patientName(),
                t.subject(),
                t.lastMessageAt(),
                l.unread(),
                t.status(),
                t.handledBy(),
                t.assignedTo());
    }
}
