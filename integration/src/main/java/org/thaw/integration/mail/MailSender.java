package org.thaw.integration.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;

/**
 * Sends the notification to each recipient as a message of its own (no one sees who else was
 * told), over one SMTP connection. What it reports on failure names neither an address nor any
 * content: only how many were not sent and the kinds of error, as that is what reaches the log.
 */
final class MailSender {

    /** How long a slow or silent SMTP server may hold a sending thread. */
    static final int TIMEOUT_MILLIS = 20_000;

    /** Some or all notifications were not sent; the message is safe to log. */
    static final class NotSent extends Exception {
        private static final long serialVersionUID = 1L;

        NotSent(String message) {
            super(message, null, false, false);
        }
    }

    private MailSender() {}

    /** Sends one e-mail to each distinct recipient; returns how many were sent. */
    static int send(MailSettings settings, List<String> recipients, String app) throws NotSent {
        return send(settings, recipients, app, "en");
    }

    /** As {@link #send(MailSettings, List, String)}, written in {@code language} ("en", "es"). */
    static int send(MailSettings settings, List<String> recipients, String app, String language) throws NotSent {
        List<String> to = List.copyOf(new LinkedHashSet<>(recipients));
        if (to.isEmpty()) {
            return 0;
        }
        String body;
        InternetAddress from;
        try {
            body = NotificationMail.body(settings.messagesPage(app), language);
        } catch (IllegalArgumentException e) {
            throw new NotSent("none of " + to.size() + " notification(s) sent: no messages page for app '" + app + "'");
        }
        try {
            from = new InternetAddress(settings.from(), true);
        } catch (MessagingException e) {
            throw new NotSent("none of " + to.size() + " notification(s) sent: thaw.smtp.from is not an address ("
                    + kinds(e) + ")");
        }
        Session session = session(settings);
        int sent = 0;
        int failed = 0;
        Exception firstFailure = null;
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (String recipient : to) {
                try {
                    MimeMessage message = new MimeMessage(session);
                    message.setFrom(from);
                    message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
                    message.setSubject(NotificationMail.subject(language), "UTF-8");
                    message.setText(body, "UTF-8");
                    message.setSentDate(new Date());
                    message.setHeader("Auto-Submitted", "auto-generated");
                    message.saveChanges();
                    transport.sendMessage(message, message.getAllRecipients());
                    sent++;
                } catch (MessagingException | RuntimeException e) {
                    failed++;
                    firstFailure = firstFailure == null ? e : firstFailure;
                }
            }
        } catch (MessagingException | RuntimeException e) {
            throw new NotSent((to.size() - sent) + " of " + to.size() + " notification(s) not sent: " + kinds(e)
                    + " (SMTP " + settings.host().orElse("") + ":" + settings.port() + ")");
        }
        if (failed > 0) {
            throw new NotSent(failed + " of " + to.size() + " notification(s) not sent: " + kinds(firstFailure)
                    + " (SMTP " + settings.host().orElse("") + ":" + settings.port() + ")");
        }
        return sent;
    }

    static Session session(MailSettings settings) {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", settings.host().orElseThrow());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        props.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
        props.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
        if (settings.starttls()) {
            // required, not merely tried: a login is never sent in clear
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        Authenticator authenticator = null;
        if (settings.user().isPresent()) {
            props.put("mail.smtp.auth", "true");
            String user = settings.user().get();
            String password = settings.password().orElse("");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        return Session.getInstance(props, authenticator);
    }

    /**
     * The kinds of error, outermost first ("MailConnectException < ConnectException"): the
     * messages of mail errors may quote an address, so they are left out.
     */
    static String kinds(Throwable e) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        // a MessagingException's cause is its "next" exception
        for (Throwable t = e; t != null && depth < 5; t = t.getCause() == t ? null : t.getCause(), depth++) {
            sb.append(depth == 0 ? "" : " < ").append(t.getClass().getSimpleName());
        }
        return sb.toString();
    }
}
