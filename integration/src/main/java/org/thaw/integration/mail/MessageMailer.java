package org.thaw.integration.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.thaw.message.boundary.MessageNotification;

/**
 * Tells the readers of a new message by e-mail, once the message is committed: "You have a new
 * secure message in Thaw" and a link to sign in, never who wrote or what (see {@link
 * NotificationMail}). Sent on the server's managed executor, so a slow SMTP server never delays
 * the request that stored the message; a failure is logged without addresses or content and the
 * message stays stored and readable. With no SMTP server configured ({@code THAW_SMTP_HOST}), one
 * line says so at start-up and notifications are skipped silently.
 */
@ApplicationScoped
public class MessageMailer {

    static final String OFF = "E-mail notifications are off: no SMTP server configured (THAW_SMTP_HOST)";
    static final String EXECUTOR = "java:comp/DefaultManagedExecutorService";
    private static final Logger LOG = Logger.getLogger(MessageMailer.class.getName());

    /**
     * The server's managed executor, looked up when first needed: it may not be bound yet while
     * the first application deploys, so it is not injected.
     */
    private volatile Executor executor;

    private final AtomicBoolean warnedNoExecutor = new AtomicBoolean();

    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        try {
            MailSettings settings = MailSettings.current();
            if (!settings.enabled()) {
                LOG.info(OFF);
            } else {
                LOG.info(() ->
                        "E-mail notifications go through " + settings.host().orElseThrow() + ":" + settings.port()
                                + (settings.starttls() ? " (STARTTLS)" : "") + ", links to " + settings.baseUrl());
            }
        } catch (RuntimeException e) {
            LOG.warning("E-mail notifications are off: " + e.getMessage());
        }
    }

    /** After the message's transaction committed (never for a rolled-back one). */
    void messageStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageNotification notification) {
        try {
            MailSettings settings = MailSettings.current();
            if (!settings.enabled() || notification.recipients().isEmpty()) {
                return;
            }
            List<String> recipients = notification.recipients();
            String app = notification.app();
            String language = notification.language();
            executor().execute(() -> send(settings, recipients, app, language));
        } catch (RuntimeException e) {
            LOG.warning("E-mail notification not sent: " + MailSender.kinds(e));
        }
    }

    /** The managed executor; without one (never expected on Payara), the committing thread sends. */
    private Executor executor() {
        Executor found = executor;
        if (found == null) {
            try {
                found = InitialContext.doLookup(EXECUTOR);
                executor = found;
            } catch (NamingException | RuntimeException e) {
                if (warnedNoExecutor.compareAndSet(false, true)) {
                    LOG.warning("No managed executor (" + EXECUTOR
                            + "): e-mail notifications are sent before the response");
                }
                return Runnable::run;
            }
        }
        return found;
    }

    static void send(MailSettings settings, List<String> recipients, String app) {
        send(settings, recipients, app, "en");
    }

    /** Sends in the recipients' language. */
    static void send(MailSettings settings, List<String> recipients, String app, String language) {
        try {
            int sent = MailSender.send(settings, recipients, app, language);
            LOG.fine(() -> sent + " e-mail notification(s) sent");
        } catch (MailSender.NotSent e) {
            LOG.warning("E-mail notification: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.warning("E-mail notification not sent: " + MailSender.kinds(e));
        }
    }
}
