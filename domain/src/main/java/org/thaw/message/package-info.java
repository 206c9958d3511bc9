/**
 * Secure messages between a patient and their care team: threads with a subject, messages in
 * them, and per-reader read marks. Any member of the care team may answer; reading a thread moves
 * only that reader's mark. An unread count is never stored: it is counted from the read mark
 * whenever asked (a clinician does not count Thaw's automatic replies, a patient does not count
 * hidden messages), so it cannot drift.
 *
 * <p>A send is idempotent per author and client key: a retried send is the same thread or
 * message. Nothing is deleted: a clinician may hide a message from the patient's view, with a
 * reason, and it stays on the care team's record. The care team may mark a thread handled (a new
 * patient message opens it again), hand it to a colleague on the patient's care team, and turn a
 * message into a follow-up task on the chart, optionally linked to one of the patient's flags.
 *
 * <p>A patient's message outside the practice's office hours gets one automatic reply with the
 * expected response time and the crisis resources ({@code AfterHours}). A stored message fires a
 * {@link org.thaw.message.boundary.MessageNotification} naming only the recipients' addresses and
 * the app; the e-mail itself ("You have a new secure message") is sent by the integration module
 * after the transaction commits, and never carries names, subjects or text.
 *
 * <p>{@code MyMessages} (the patient) and {@code TeamMessages} (the care team) are the boundaries;
 * a thread, message or task of any other patient or team is "not found". Out of scope here:
 * real-time delivery (the pages poll for the unread badge).
 */
package org.thaw.message;
